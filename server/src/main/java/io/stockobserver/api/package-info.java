/** The server's JSON API under {@code /api} (JAX-RS). Read-only for now; operator actions come with roles. */
package io.stockobserver.api;
