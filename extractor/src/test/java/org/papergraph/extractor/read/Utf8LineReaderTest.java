package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LineReaderTest {

    private static List<Utf8LineReader.Line> readAll(byte[] bytes, int maxLineBytes) throws IOException {
        List<Utf8LineReader.Line> lines = new ArrayList<>();
        try (Utf8LineReader reader = new Utf8LineReader(new ByteArrayInputStream(bytes), maxLineBytes)) {
            for (Utf8LineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<Utf8LineReader.Line> readAll(String text) throws IOException {
        return readAll(text.getBytes(StandardCharsets.UTF_8), Utf8LineReader.MAX_LINE_BYTES);
    }

    @Test
    void readLine_mixedLineEnds_stripsTerminators() throws IOException {
        assertThat(readAll("one\r\ntwo\n\nthree")).extracting(Utf8LineReader.Line::text)
                .containsExactly("one", "two", "", "three");
    }

    @Test
    void readLine_byteOrderMark_isDropped() throws IOException {
        assertThat(readAll("\uFEFFfirst\nsecond\n")).extracting(Utf8LineReader.Line::text)
                .containsExactly("first", "second");
    }

    @Test
    void readLine_invalidByte_reportsItAndDecodesNextLine() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n', (byte) 0xC3, (byte) 0xA9, '\n'};

        List<Utf8LineReader.Line> lines = readAll(bytes, 100);

        assertThat(lines).containsExactly(
                new Utf8LineReader.Line(1, "ok", null),
                new Utf8LineReader.Line(2, "", "invalid UTF-8 at byte 4 of the line"),
                new Utf8LineReader.Line(3, "é", null));
    }

    @Test
    void readLine_overlongLine_reportsItsLengthAndGoesOn() throws IOException {
        byte[] bytes = ("x".repeat(150_000) + "\nshort\n").getBytes(StandardCharsets.US_ASCII);

        List<Utf8LineReader.Line> lines = readAll(bytes, 100_000);

        assertThat(lines).extracting(Utf8LineReader.Line::problem)
                .containsExactly("line is 150000 bytes long, more than the 100000 allowed", null);
        assertThat(lines.get(1).text()).isEqualTo("short");
    }

    @Test
    void readLine_lineAcrossManyChunks_isWhole() throws IOException {
        String longLine = "é".repeat(100_000);

        assertThat(readAll(longLine + "\n")).singleElement().extracting(Utf8LineReader.Line::text).isEqualTo(longLine);
    }

    @Test
    void readLine_emptyInput_returnsNull() throws IOException {
        assertThat(readAll("")).isEmpty();
    }
}
