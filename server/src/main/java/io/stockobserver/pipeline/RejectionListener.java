package io.stockobserver.pipeline;

/** Told about every rejected observation (it reaches a system event, sampled when flooding). */
@FunctionalInterface
public interface RejectionListener {
    void rejected(Observation observation, Rejection rejection);
}
