/**
 * The scalp slot manager (seed 003 §2.4–2.6, ARCHITECTURE §6 Track B): which symbols hold the broker's 41 real-time
 * registrations, and the evidence of every decision.
 *
 * <ul>
 *   <li>{@link io.stockobserver.scalp.slot.SlotPolicy} — capacity (41 registrations, one trade registration per
 *       slot), minimum hold, replacement margin, minimum score; documented defaults.
 *   <li>{@link io.stockobserver.scalp.slot.SlotAllocator} — pure and deterministic: from the trigger ranking, the
 *       operator's pins and the current slots it returns a {@link io.stockobserver.scalp.slot.SlotDecision} (new
 *       slots, what was allocated and released and why, the overflow, refused pins). No clock, no I/O.
 *   <li>{@link io.stockobserver.scalp.slot.OverflowLedger} — writes every candidate left without a slot to
 *       {@code system/overflow/{provider}/{YYYYMMDD}_overflow.jsonl} with exactly the fields of seed 003 §2.14.1.
 *   <li>{@link io.stockobserver.scalp.slot.SlotEvents} — turns a decision into {@code slot_allocated},
 *       {@code slot_released} and {@code pin_refused} system events.
 *   <li>{@link io.stockobserver.scalp.slot.SlotRound} — one decision from the candidate board: trigger ranking and
 *       activity rank into the allocator.
 * </ul>
 *
 * <p>Plain Java 17 without framework annotations; CDI beans elsewhere wire it. May depend on
 * {@code io.stockobserver.scalp.trigger} (the ranking it consumes), {@code io.stockobserver.scalp.candidate} (the
 * board a round reads), {@code io.stockobserver.archive} (layout, writer,
 * timestamps) and {@code io.stockobserver.events} (the system event log). Rules and schema: {@code docs/slots.md}.
 */
package io.stockobserver.scalp.slot;
