/**
 * The candidate monitor of Track B (seed 003 §3.2): what every universe symbol did recently against its own baseline,
 * gathered from the candidate sweep and the ranking endpoints (REST), Track A and the live stream, and turned into the
 * trigger engine's inputs. Formulas: docs/triggers.md, "Candidate monitor".
 */
package io.stockobserver.scalp.candidate;
