package io.stockobserver.console.connect;

/** How the console stands with one server. */
public enum LinkState {
    /** Not answered yet. */
    CONNECTING,
    /** Answering. */
    UP,
    /** Stopped answering; the console keeps trying. */
    LOST,
    /** Answers, but refuses the login (401). */
    REFUSED
}
