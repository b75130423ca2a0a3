package org.papergraph.extractor.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.RecordError;

/**
 * Opens a corpus file as a {@link RecordSource}: unwraps gzip, rejects binary content and picks
 * the reader for the file's format.
 *
 * <p>Never throws: a file that cannot be opened becomes a source with one whole-file error.
 */
final class FileSources {

    /** The record text of an error that concerns the whole file. */
    static final String WHOLE_FILE = "whole file";

    private static final int BUFFER_BYTES = 1 << 16;

    private FileSources() {}

    /** Opens {@code path} for reading; the source is named after the file name. */
    static RecordSource open(Path path) {
        String name = sourceName(path);
        if (Files.isDirectory(path)) {
            return failure(name, "is a directory, not a file: " + path);
        }
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES);
            in = isGzip(in) ? gunzip(in) : in;
            RecordSource source = openText(name, in);
            in = null;
            return source;
        } catch (NoSuchFileException e) {
            return failure(name, "file not found: " + path);
        } catch (AccessDeniedException e) {
            return failure(name, "permission denied: " + path);
        } catch (ZipException e) {
            return failure(name, "not a valid gzip file: " + e.getMessage());
        } catch (IOException e) {
            return failure(name, "cannot read the file: " + describe(e));
        } finally {
            closeQuietly(in);
        }
    }

    /** Returns the name records and errors of {@code path} carry as their source. */
    static String sourceName(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? path.toString() : fileName.toString();
    }

    /** Describes an I/O failure in a few words: its message, or its type when it has none. */
    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static RecordSource openText(String name, InputStream in) throws IOException {
        byte[] head = peek(in, BinaryContent.HEAD_BYTES);
        Optional<String> binary = BinaryContent.findReason(head);
        if (binary.isPresent()) {
            in.close();
            return failure(name, binary.get());
        }
        InputFormat format = InputFormat.detect(name, head);
        if (format == InputFormat.JSON_LINES && InputFormat.firstNonBlankByte(head) == '[') {
            in.close();
            return failure(name, "a JSON array is not supported: write one JSON object per line");
        }
        Utf8LineReader lines = new Utf8LineReader(in);
        return format == InputFormat.JSON_LINES
                ? new JsonLinesSource(name, lines)
                : new PageTextSource(name, lines);
    }

    private static InputStream gunzip(InputStream in) throws IOException {
        return new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES);
    }

    private static boolean isGzip(InputStream in) throws IOException {
        byte[] magic = peek(in, 2);
        return magic.length == 2 && magic[0] == (byte) 0x1F && magic[1] == (byte) 0x8B;
    }

    private static byte[] peek(InputStream in, int count) throws IOException {
        in.mark(count);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }

    private static RecordSource failure(String name, String reason) {
        return RecordSource.of(new ReadResult.Rejected(new RecordError(name, WHOLE_FILE, reason)));
    }

    private static void closeQuietly(@Nullable InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was read from it that could be lost; the open error is what matters.
        }
    }
}
