package org.papergraph.extractor.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.RecordError;

/**
 * Iterates over the read results of several files in turn, opening each file when it is reached
 * and closing it when it is exhausted.
 *
 * <p>A file that fails part-way (a truncated gzip stream, a disk error) yields one error naming
 * the line where reading stopped, and iteration goes on with the next file. Not thread-safe.
 */
final class ResultIterator implements Iterator<ReadResult>, Closeable {

    private final Iterator<Path> paths;
    private @Nullable RecordSource current;
    private String currentName = "";
    private @Nullable ReadResult lookahead;
    private boolean closed;

    ResultIterator(List<Path> paths) {
        this.paths = paths.iterator();
    }

    @Override
    public boolean hasNext() {
        while (lookahead == null) {
            if (closed || current == null && !openNextFile()) {
                return false;
            }
            lookahead = pull();
        }
        return true;
    }

    @Override
    public ReadResult next() {
        if (!hasNext() || lookahead == null) {
            throw new NoSuchElementException();
        }
        ReadResult result = lookahead;
        lookahead = null;
        return result;
    }

    private boolean openNextFile() {
        if (!paths.hasNext()) {
            return false;
        }
        Path path = paths.next();
        currentName = FileSources.sourceName(path);
        current = FileSources.open(path);
        return true;
    }

    /** Returns the current file's next result, or {@code null} after closing an exhausted file. */
    private @Nullable ReadResult pull() {
        RecordSource source = current;
        if (source == null) {
            return null;
        }
        try {
            ReadResult result = source.next();
            if (result == null) {
                closeCurrent();
            }
            return result;
        } catch (IOException e) {
            String where = "line " + (source.linesRead() + 1);
            closeCurrent();
            String reason = "reading stopped: " + FileSources.describe(e)
                    + "; the rest of the file is skipped";
            return new ReadResult.Rejected(new RecordError(currentName, where, reason));
        }
    }

    /** Stops the iteration and closes the file being read, if any. */
    @Override
    public void close() {
        closed = true;
        lookahead = null;
        closeCurrent();
    }

    /** Closes the file being read, if any; an error on closing loses nothing and is ignored. */
    private void closeCurrent() {
        RecordSource source = current;
        current = null;
        if (source == null) {
            return;
        }
        try {
            source.close();
        } catch (IOException e) {
            // Every record was already read; nothing is lost by ignoring a failure to close.
        }
    }
}
