package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;

class CorpusReaderTest {

    @TempDir
    Path directory;

    @Test
    void forEach_missingFile_reportsOneWholeFileError() {
        Path missing = directory.resolve("nowhere.jsonl");

        TestFiles.Collected read = TestFiles.readAll(missing);

        assertThat(read.papers()).isEmpty();
        assertThat(read.errors()).containsExactly(
                new RecordError("nowhere.jsonl", "whole file", "file not found: " + missing));
    }

    @Test
    void forEach_directory_reportsOneWholeFileError() {
        assertThat(TestFiles.readAll(directory).reasons()).containsExactly("is a directory, not a file: " + directory);
    }

    @Test
    void forEach_binaryFileWithNulBytes_reportsOneWholeFileError() {
        assertThat(TestFiles.readAll(TestFiles.resource("binary.bin")).errors()).containsExactly(
                new RecordError("binary.bin", "whole file", "not a text file: it contains NUL bytes"));
    }

    @Test
    void forEach_binaryFileWithoutNulBytes_reportsShareOfNonText() {
        assertThat(TestFiles.readAll(TestFiles.resource("no-nul-binary.dat")).reasons()).singleElement()
                .asString().matches("not a text file: \\d+% of its first 3000 bytes are not text");
    }

    @Test
    void forEach_severalFiles_readsInOrderAndGoesOnAfterErrors() {
        Path missing = directory.resolve("missing.txt");

        TestFiles.Collected read = TestFiles.readAll(TestFiles.resource("papers.jsonl"), missing,
                TestFiles.resource("binary.bin"), TestFiles.resource("page-with-metadata.txt"));

        assertThat(read.papers()).extracting(PaperRecord::source).containsExactly(
                "papers.jsonl", "papers.jsonl", "papers.jsonl", "page-with-metadata.txt", "page-with-metadata.txt");
        assertThat(read.errors()).extracting(RecordError::source).containsExactly(
                "missing.txt", "binary.bin", "page-with-metadata.txt", "page-with-metadata.txt");
    }

    @Test
    void forEach_unknownExtension_picksFormatByContent() throws IOException {
        Path json = Files.copy(TestFiles.resource("papers.jsonl"), directory.resolve("papers.data"));
        Path page = Files.copy(TestFiles.resource("page-with-metadata.txt"), directory.resolve("page.data"));

        assertThat(TestFiles.readAll(json).papers()).extracting(PaperRecord::id).containsExactly("2503.00001", "42", null);
        assertThat(TestFiles.readAll(page).titles()).hasSize(2);
    }

    @Test
    void forEach_gzipUnderAnyName_isDecompressed() throws IOException {
        Path file = directory.resolve("download.bin");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(TestFiles.resource("page-with-metadata.txt")));
        }

        assertThat(TestFiles.readAll(file).titles()).containsExactly(
                "A Title Before Metadata", "Second Paper: A Two-Paragraph Abstract");
    }

    @Test
    void forEach_truncatedGzip_reportsWhereReadingStopped() throws IOException {
        Path file = directory.resolve("cut.jsonl.gz");
        String records = Files.readString(TestFiles.resource("papers.jsonl")).repeat(300);
        byte[] whole = gzip(records.getBytes(StandardCharsets.UTF_8));
        Files.write(file, Arrays.copyOf(whole, whole.length - 12));

        TestFiles.Collected read = TestFiles.readAll(file);

        assertThat(read.papers()).hasSizeBetween(1, 899);
        assertThat(read.errors()).containsExactly(new RecordError("cut.jsonl.gz", "line " + (read.papers().size() + 1),
                "reading stopped: Unexpected end of ZLIB input stream; the rest of the file is skipped"));
    }

    @Test
    void forEach_truncatedSmallGzip_reportsWholeFile() throws IOException {
        Path file = directory.resolve("tiny.jsonl.gz");
        byte[] whole = gzip(Files.readAllBytes(TestFiles.resource("papers.jsonl")));
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThat(TestFiles.readAll(file).errors()).containsExactly(new RecordError("tiny.jsonl.gz", "whole file",
                "cannot read the file: Unexpected end of ZLIB input stream"));
    }

    @Test
    void forEach_gzipMagicWithoutGzip_reportsInvalidGzip() throws IOException {
        Path file = Files.write(directory.resolve("fake.gz"), new byte[] {0x1F, (byte) 0x8B, 'n', 'o', 't'});

        assertThat(TestFiles.readAll(file).reasons()).singleElement().asString().startsWith("not a valid gzip file: ");
    }

    @Test
    void forEach_jsonArray_reportsUnsupportedLayout() throws IOException {
        Path file = Files.writeString(directory.resolve("array.json"), "[{\"title\": \"T\"}]\n");

        assertThat(TestFiles.readAll(file).reasons()).containsExactly(
                "a JSON array is not supported: write one JSON object per line");
    }

    @Test
    void forEach_emptyFile_givesNothing() throws IOException {
        Path file = Files.writeString(directory.resolve("empty.jsonl"), "");

        TestFiles.Collected read = TestFiles.readAll(file);

        assertThat(read.papers()).isEmpty();
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void results_mixedFile_streamsPapersAndErrorsInInputOrder() {
        List<String> kinds;
        try (Stream<ReadResult> results = CorpusReader.open(TestFiles.resource("invalid-utf8.jsonl")).results()) {
            kinds = results.map(result -> switch (result) {
                case ReadResult.Accepted(PaperRecord paper) -> "paper " + paper.id();
                case ReadResult.Rejected(RecordError error) -> "error " + error.record();
            }).toList();
        }

        assertThat(kinds).containsExactly("paper a", "error line 2", "paper c");
    }

    @Test
    void results_parallelStream_seesEveryRecordOnce() {
        Path page = TestFiles.trendingPapers();
        List<Path> pages = List.of(page, page, page);

        long titles;
        try (Stream<ReadResult> results = CorpusReader.open(pages).results()) {
            titles = results.parallel().filter(ReadResult.Accepted.class::isInstance).count();
        }

        assertThat(titles).isEqualTo(3 * 62);
    }

    @Test
    void paths_openedWithList_keepsOrder() {
        List<Path> paths = List.of(Path.of("b.jsonl"), Path.of("a.txt"));

        assertThat(CorpusReader.open(paths).paths()).containsExactlyElementsOf(paths);
        assertThat(CorpusReader.open(Path.of("a.txt")).paths()).extracting(Path::toString).containsExactly("a.txt");
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
