/**
 * The scalp trigger engine (seed 003 §2.5): pure scoring of candidate symbols from their recent activity against
 * their own baseline — volume surge, trade velocity, volatility spike, manual override, with price-spike monitoring.
 * No I/O, no clock, no framework: the candidate monitor feeds it metrics, the slot manager consumes its ranking.
 * Formulas and thresholds: docs/triggers.md.
 */
package io.stockobserver.scalp.trigger;
