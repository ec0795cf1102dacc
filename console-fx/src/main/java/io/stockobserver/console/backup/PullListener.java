package io.stockobserver.console.backup;

/**
 * Receives the progress of a pull. Called on the pulling thread: a UI marshals to its own thread (JavaFX:
 * {@code Platform.runLater}) and returns quickly. An exception thrown here is logged and does not stop the pull.
 */
@FunctionalInterface
public interface PullListener {
    /** A listener that ignores everything. */
    PullListener NONE = progress -> {};

    void progress(PullProgress progress);
}
