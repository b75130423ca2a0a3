package org.papergraph.extractor.read;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Produces the read results of one input file, one at a time, in input order. */
interface RecordSource extends Closeable {

    /**
     * Returns the next result, or {@code null} when the source is exhausted.
     *
     * @throws IOException if the file cannot be read further; the caller reports it and stops
     */
    @Nullable ReadResult next() throws IOException;

    /** Returns how many lines the source has consumed, for locating a read failure. */
    long linesRead();

    /** Returns a source that yields exactly one result and then ends. */
    static RecordSource of(ReadResult only) {
        return new RecordSource() {
            private boolean done;

            @Override
            public @Nullable ReadResult next() {
                if (done) {
                    return null;
                }
                done = true;
                return only;
            }

            @Override
            public long linesRead() {
                return 0;
            }

            @Override
            public void close() {}
        };
    }
}
