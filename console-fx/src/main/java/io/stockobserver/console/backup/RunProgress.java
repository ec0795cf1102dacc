package io.stockobserver.console.backup;

/**
 * Where a scheduled or on-demand run over all servers stands.
 *
 * @param daysTotal days the run is pulling (packaged, not acknowledged here), over all servers
 * @param daysDone days finished, however they ended
 * @param bytesTotal bytes of those days, as the servers listed them
 * @param bytesDone bytes downloaded or already on disk, over all days of the run
 * @param current the day being pulled now
 */
public record RunProgress(int daysTotal, int daysDone, long bytesTotal, long bytesDone, PullProgress current) {
    /** Done bytes over total bytes, 0..1. */
    public double fraction() {
        if (bytesTotal == 0) {
            return daysTotal == 0 ? 1 : (double) daysDone / daysTotal;
        }
        return Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
