/**
 * The server side of the archive → database load: the environment the {@code etl-day} job of
 * {@code io.stockobserver.batch.etl} runs in (archive root, partition zone, data source, evidence, progress), the
 * load bookkeeping as a JPA entity ({@code etl_loads}, EclipseLink), and the service that starts, restarts and
 * reports loads for the API and the timer. Depends on {@code recorder}, {@code database} and {@code provider}.
 */
package io.stockobserver.etl;
