package io.stockobserver.console.backup;

/** A manifest the console will not act on: its hash does not match, it is malformed, or it lists an unsafe path. */
public final class ManifestRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ManifestRejectedException(String message) {
        super(message);
    }
}
