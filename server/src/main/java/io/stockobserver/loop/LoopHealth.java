package io.stockobserver.loop;

import java.util.Locale;

/** What a supervised loop is doing, as judged at one instant. */
public enum LoopHealth {
    /** Runs on schedule; its last run succeeded or it has failed fewer than {@link SupervisedLoop#FAILING_AFTER} in a row. */
    OK,
    /** Runs on schedule but its last {@link SupervisedLoop#FAILING_AFTER} runs or more all failed. */
    FAILING,
    /** One run has been going for longer than the loop's maximum run time. */
    STUCK,
    /** No run started for several periods although the schedule is alive (a starved or lost executor). */
    LATE,
    /** Its schedule ended without its owner stopping it: no run will ever come again. */
    STOPPED,
    /** Stopped by its owner (shutdown): not a problem. */
    ENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The loop no longer does its work at all: a restart is the remedy (liveness). */
    public boolean dead() {
        return this == STUCK || this == LATE || this == STOPPED;
    }

    /** Anything but working normally or ended on purpose (readiness). */
    public boolean problem() {
        return this != OK && this != ENDED;
    }
}
