/**
 * Talking to observer servers: a server's profile, its REST client (HTTP Basic, TLS trusting the system or exactly the
 * server's certificate), the live feed (SSE with resume), the watch that polls and reports a server's state, and
 * where passwords are kept (session, OS credential store). No JavaFX here; depends on nothing else of the console.
 */
package io.stockobserver.console.connect;
