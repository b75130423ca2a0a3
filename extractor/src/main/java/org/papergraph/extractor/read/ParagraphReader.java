package org.papergraph.extractor.read;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Groups the lines of page text into paragraphs: runs of non-blank lines between blank lines.
 *
 * <p>A paragraph with an undecodable line, or longer than {@link #MAX_PARAGRAPH_CHARS}, is
 * returned with a problem instead of its text. Not thread-safe.
 */
final class ParagraphReader implements Closeable {

    /** The longest paragraph kept, in characters, so a page without blank lines is safe. */
    static final int MAX_PARAGRAPH_CHARS = 16 * 1024 * 1024;

    private final Utf8LineReader lines;

    ParagraphReader(Utf8LineReader lines) {
        this.lines = lines;
    }

    /** Reads the next paragraph, or returns {@code null} at the end of the input. */
    @Nullable Paragraph read() throws IOException {
        Utf8LineReader.Line line = lines.readLine();
        while (line != null && isBlank(line)) {
            line = lines.readLine();
        }
        if (line == null) {
            return null;
        }
        Builder paragraph = new Builder(line.number());
        for (; line != null && !isBlank(line); line = lines.readLine()) {
            paragraph.add(line);
        }
        return paragraph.build();
    }

    /** Returns how many lines have been read so far. */
    long linesRead() {
        return lines.lineNumber();
    }

    private static boolean isBlank(Utf8LineReader.Line line) {
        return line.problem() == null && line.text().isBlank();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Collects the lines of one paragraph and keeps the first problem. */
    private static final class Builder {
        private final long firstLine;
        private final StringBuilder text = new StringBuilder();
        private int lineCount;
        private @Nullable String problem;
        private long problemLine;

        Builder(long firstLine) {
            this.firstLine = firstLine;
        }

        void add(Utf8LineReader.Line line) {
            lineCount++;
            String lineProblem = line.problem();
            if (problem != null) {
                return;
            } else if (lineProblem != null) {
                fail(lineProblem, line.number());
            } else if (text.length() + line.text().length() > MAX_PARAGRAPH_CHARS) {
                fail("paragraph is longer than the " + MAX_PARAGRAPH_CHARS + " characters allowed",
                        line.number());
            } else {
                text.append(text.isEmpty() ? "" : "\n").append(line.text());
            }
        }

        private void fail(String reason, long lineNumber) {
            problem = reason;
            problemLine = lineNumber;
        }

        Paragraph build() {
            String content = problem == null ? text.toString().strip() : "";
            return new Paragraph(firstLine, content, lineCount, problem, problemLine);
        }
    }
}
