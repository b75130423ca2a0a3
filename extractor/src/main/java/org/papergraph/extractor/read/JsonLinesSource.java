package org.papergraph.extractor.read;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.RecordError;

/**
 * Reads JSON Lines: one JSON object per line, blank lines skipped.
 *
 * <p>Each record's number is its line number. A line that cannot be decoded or parsed, or whose
 * fields fail a check, becomes a {@link ReadResult.Rejected} naming the line (and the id when it
 * is known), and reading goes on with the next line. Not thread-safe.
 */
final class JsonLinesSource implements RecordSource {

    private final String source;
    private final Utf8LineReader lines;
    private final JsonRecordParser parser;

    JsonLinesSource(String source, Utf8LineReader lines) {
        this.source = source;
        this.lines = lines;
        this.parser = new JsonRecordParser(source);
    }

    @Override
    public @Nullable ReadResult next() throws IOException {
        for (Utf8LineReader.Line line = lines.readLine(); line != null; line = lines.readLine()) {
            String problem = line.problem();
            if (problem != null) {
                return reject(line.number(), problem);
            }
            if (!line.text().isBlank()) {
                return parser.parse(line.number(), line.text());
            }
        }
        return null;
    }

    private ReadResult reject(long lineNumber, String reason) {
        return new ReadResult.Rejected(new RecordError(source, "line " + lineNumber, reason));
    }

    @Override
    public long linesRead() {
        return lines.lineNumber();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
