package io.stockobserver.storage;

import java.util.Optional;

/**
 * The disk guard's judgement (pure, no I/O): the share of the archive's file system in use against a warning and a
 * critical threshold, with a small hysteresis so a disk hovering at a threshold does not flap — a state is left only
 * when use falls {@link #HYSTERESIS} below its threshold.
 */
public final class DiskGuard {
    /** Use must fall this far below a threshold before its state is left (2 percentage points). */
    public static final double HYSTERESIS = 0.02;

    private final double warning;
    private final double critical;
    private DiskState state = DiskState.NORMAL;
    private double lastUse;

    /**
     * @param warning share in use above which the disk is {@link DiskState#WARNING} (seed: 0.80)
     * @param critical share above which it is {@link DiskState#CRITICAL}; above {@code warning}, below 1
     */
    public DiskGuard(double warning, double critical) {
        if (!(warning > 0 && warning < critical && critical < 1)) {
            throw new IllegalArgumentException(
                    "disk thresholds need 0 < warning (" + warning + ") < critical (" + critical + ") < 1");
        }
        this.warning = warning;
        this.critical = critical;
    }

    /** Takes a reading; returns the new state when it changed. */
    public Optional<DiskState> observe(long totalBytes, long usableBytes) {
        if (totalBytes <= 0) {
            return Optional.empty(); // a file system that reports nothing cannot be judged; keep the state
        }
        double use = 1 - Math.max(0, Math.min(usableBytes, totalBytes)) / (double) totalBytes;
        lastUse = use;
        DiskState next;
        if (use > critical) {
            next = DiskState.CRITICAL;
        } else if (state == DiskState.CRITICAL && use > critical - HYSTERESIS) {
            next = DiskState.CRITICAL;
        } else if (use > warning) {
            next = DiskState.WARNING;
        } else if (state != DiskState.NORMAL && use > warning - HYSTERESIS) {
            next = DiskState.WARNING;
        } else {
            next = DiskState.NORMAL;
        }
        if (next == state) {
            return Optional.empty();
        }
        state = next;
        return Optional.of(next);
    }

    public DiskState state() {
        return state;
    }

    /** Share in use at the last reading, 0..1. */
    public double lastUse() {
        return lastUse;
    }
}
