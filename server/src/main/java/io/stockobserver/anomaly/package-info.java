/**
 * Anomaly days (seed 003 §2.8): the rules that make a market day anomalous — reconnections, outage time, long log
 * gaps, scalp record rate, CPU, disk, ETL and backup failures — judged from the day's system events. An anomalous
 * day is kept 7 days instead of 3 and says so in its backup manifest. docs/operations.md.
 */
package io.stockobserver.anomaly;
