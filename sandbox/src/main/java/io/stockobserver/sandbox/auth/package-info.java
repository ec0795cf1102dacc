/**
 * KIS credentials as the sandbox issues and checks them: access tokens from {@code /oauth2/tokenP} (HS512 JWTs with
 * the re-use window, the issue-rate limit and the lifetime of the real venue) and WebSocket approval keys from
 * {@code /oauth2/Approval}. The REST layer issues, the REST and WebSocket layers check. Depends only on the JDK and
 * Jackson.
 */
package io.stockobserver.sandbox.auth;
