package io.stockobserver.console.backup;

/**
 * Follows a run of the {@link DailyPullScheduler} over all servers. Called on the scheduler's thread; a UI
 * marshals to its own thread. An exception thrown here is logged and does not stop the run.
 */
public interface PullRunListener {
    /** A listener that ignores everything. */
    PullRunListener NONE = new PullRunListener() {};

    /** Progress of the whole run, with the current day's progress inside. */
    default void progress(RunProgress progress) {}

    /** One day of one server is over. */
    default void dayFinished(PullResult result) {}

    /** The run is over. */
    default void runFinished(PullRun run) {}
}
