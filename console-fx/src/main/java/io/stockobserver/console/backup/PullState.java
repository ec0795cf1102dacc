package io.stockobserver.console.backup;

/** How far a pull of one day from one server got. */
public enum PullState {
    /** Every file is on disk at its full size; checking their SHA-256 has not finished. */
    PULLED,
    /** Every file matched its size and SHA-256; the server has not (yet) accepted the acknowledgement. */
    VERIFIED,
    /** The server accepted the acknowledgement: its retention may now delete the day. */
    ACKNOWLEDGED,
    /** The pull stopped on an error (see the result's error); part files are kept for the next pull. */
    FAILED,
    /** The pulling thread was interrupted (console closing, pull cancelled); part files are kept. */
    INTERRUPTED
}
