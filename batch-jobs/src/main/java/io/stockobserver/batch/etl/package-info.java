/**
 * The archive → trading database load (seed 003 §2.13, db/README.md): the Jakarta Batch job {@code etl-day}
 * ({@code META-INF/batch-jobs/etl-day.xml}, parameters {@code day} and {@code provider}) reads a market day's
 * archive files line by line with a (file, byte offset) checkpoint, declares malformed lines skippable and writes
 * each to a failed-lines file named after the job instance, bulk-loads rows with PostgreSQL COPY into staging tables
 * and merges them on natural keys (so a day loaded twice gives the same rows), then derives 1-minute and 10-minute
 * bars and EOD rows in SQL. Depends on the JDK, Jackson, PgJDBC and the Jakarta Batch API only; what it needs from
 * the running server comes through {@link io.stockobserver.batch.etl.EtlEnvironment}.
 */
package io.stockobserver.batch.etl;
