/**
 * The local venue simulator as a child process: a development and test convenience, started only when no venue
 * URL is configured. The simulator's classes are not in the server's WAR; only its standalone jar's path is known.
 */
package io.stockobserver.simulator;
