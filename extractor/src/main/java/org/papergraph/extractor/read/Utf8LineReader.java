package org.papergraph.extractor.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines and decodes each line on its own as strict UTF-8.
 *
 * <p>Decoding line by line means one line with invalid bytes yields a {@link Line} with a
 * problem, and the next line decodes normally. Lines end at {@code \n}; a trailing {@code \r}
 * and a UTF-8 byte order mark at the start of the stream are dropped. A line longer than
 * {@link #MAX_LINE_BYTES} is skipped and reported, so a file without line breaks cannot exhaust
 * memory. Not thread-safe.
 */
final class Utf8LineReader implements Closeable {

    /** The longest line kept, in bytes; longer lines are reported, not decoded. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final int CHUNK_BYTES = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int chunkPosition;
    private int chunkLimit;
    private byte[] line = new byte[4096];
    private int lineLength;
    private long lineBytes;
    private long lineNumber;

    /**
     * One line of input: its 1-based number and its text, or the reason it could not be decoded.
     *
     * @param number the 1-based line number
     * @param text the decoded line without its terminator, or {@code ""} when there is a problem
     * @param problem why the line could not be decoded, or {@code null}
     */
    record Line(long number, String text, @Nullable String problem) {}

    Utf8LineReader(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    /** Creates a reader with a smaller line limit, for tests. */
    Utf8LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Returns the number of lines read so far. */
    long lineNumber() {
        return lineNumber;
    }

    /** Reads the next line, or returns {@code null} at the end of the stream. */
    @Nullable Line readLine() throws IOException {
        lineLength = 0;
        lineBytes = 0;
        if (chunkPosition == chunkLimit && !fillChunk()) {
            return null;
        }
        while (!copyUpToNewline()) {
            if (!fillChunk()) {
                break;
            }
        }
        lineNumber++;
        return decodeLine();
    }

    private boolean fillChunk() throws IOException {
        int read = in.read(chunk, 0, chunk.length);
        chunkPosition = 0;
        chunkLimit = Math.max(read, 0);
        return read > 0;
    }

    /** Copies bytes up to the next newline into {@code line}; returns whether it found one. */
    private boolean copyUpToNewline() {
        int end = chunkPosition;
        while (end < chunkLimit && chunk[end] != '\n') {
            end++;
        }
        appendToLine(chunkPosition, end);
        boolean found = end < chunkLimit;
        chunkPosition = found ? end + 1 : end;
        return found;
    }

    private void appendToLine(int from, int to) {
        int count = to - from;
        lineBytes += count;
        if (lineBytes > maxLineBytes) {
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
    }

    private Line decodeLine() {
        if (lineBytes > maxLineBytes) {
            return problem("line is " + lineBytes + " bytes long, more than the " + maxLineBytes
                    + " allowed");
        }
        int start = lineNumber == 1 && startsWithByteOrderMark() ? 3 : 0;
        int end = lineLength > start && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        if (isAscii(start, end)) {
            String text = new String(line, start, end - start, StandardCharsets.US_ASCII);
            return new Line(lineNumber, text, null);
        }
        return decodeUtf8(start, end);
    }

    private Line decodeUtf8(int start, int end) {
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            int badByte = bytes.position() - start + 1;
            return problem("invalid UTF-8 at byte " + badByte + " of the line");
        }
        decoder.flush(chars);
        return new Line(lineNumber, chars.flip().toString(), null);
    }

    private boolean startsWithByteOrderMark() {
        return lineLength >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF;
    }

    private boolean isAscii(int start, int end) {
        for (int i = start; i < end; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private Line problem(String reason) {
        return new Line(lineNumber, "", reason);
    }

    /** Closes the underlying stream. */
    @Override
    public void close() throws IOException {
        in.close();
    }
}
