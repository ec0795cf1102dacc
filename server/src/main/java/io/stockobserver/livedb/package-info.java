/**
 * The live database sink (db/README.md "Live sink"): every record the archive accepted, batched into PostgreSQL
 * with COPY behind the fan-out's bounded queue, so a slow or dead database never slows the archive. What it could
 * not load is evidenced as a {@code sink:db} gap and filled from the archive by {@code etl-day} once the database
 * answers again. Depends on {@code sink}, {@code events}, {@code pipeline}, {@code etl} and the batch jobs' row
 * mapping, so the live and the batch path give the same rows.
 */
package io.stockobserver.livedb;
