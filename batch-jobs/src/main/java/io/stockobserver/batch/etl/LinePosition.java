package io.stockobserver.batch.etl;

import java.io.Serializable;
import java.util.List;

/**
 * The reader's checkpoint: the files of the step as listed when it first started (a restart reads the same list,
 * so files created meanwhile wait for the next load), the file under way, and the byte offset and line number of
 * the next line in it.
 */
public record LinePosition(List<String> files, int file, long offset, long line) implements Serializable {
    public LinePosition {
        files = List.copyOf(files);
        if (file < 0 || offset < 0 || line < 1) {
            throw new IllegalArgumentException("bad position " + file + "/" + offset + "/" + line);
        }
    }

    public static LinePosition start(List<String> files) {
        return new LinePosition(files, 0, 0, 1);
    }
}
