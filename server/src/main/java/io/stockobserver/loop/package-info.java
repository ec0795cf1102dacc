/**
 * Periodic work that cannot die silently. Every scheduled loop of the observer (the 2 Hz sampler, the stream
 * watchdog, Track A's timer, mitigation sampling, the slot manager, the disk guard …) runs its body inside a
 * {@link io.stockobserver.loop.SupervisedLoop}: any {@code Throwable} a body throws is caught, counted and reported,
 * so a fixed-rate schedule is never cancelled by one bad input; a loop that does stop (its schedule ended, a run that
 * never returns, no run for several periods) is seen by the {@link io.stockobserver.loop.LoopRegistry}, which health
 * probes and the supervisor read.
 *
 * <p>Plain Java with no framework and no dependency on other observer packages; the CDI wiring that schedules the
 * loops and turns transitions into system events is {@code app.LoopService}.
 */
package io.stockobserver.loop;
