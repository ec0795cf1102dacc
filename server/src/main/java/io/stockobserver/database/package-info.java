/**
 * The trading database (db/README.md): which PostgreSQL the observer uses, the embedded one it starts when none is
 * configured, and the schema of {@code db/migration} that Flyway applies at start. Depends on {@code recorder} for
 * evidence only; the ETL ({@code etl}) and the live sink build on it.
 */
package io.stockobserver.database;
