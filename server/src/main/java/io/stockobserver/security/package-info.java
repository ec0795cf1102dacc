/**
 * Who may act on the observer: the operator login (Jakarta Security identity store, HTTP Basic) that the operator
 * actions of the API require. Reading endpoints, health and metrics stay open.
 */
package io.stockobserver.security;
