package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;

class JsonLinesSourceTest {

    private static final String ABSTRACT = "We propose a method for sparse attention. It is faster than "
            + "the baselines on three benchmarks and uses less memory than any of them.";

    @TempDir
    Path directory;

    @Test
    void read_wellFormedRecords_mapsEveryField() {
        List<PaperRecord> papers = TestFiles.readAll(TestFiles.resource("papers.jsonl")).papers();

        assertThat(papers).extracting(PaperRecord::id, PaperRecord::recordNumber, PaperRecord::date)
                .containsExactly(tuple("2503.00001", 1L, "2025-03-18"), tuple("42", 2L, "2024"), tuple(null, 3L, null));
        PaperRecord first = papers.getFirst();
        assertThat(first.title()).isEqualTo("Positional Encoding Is What Transformers Lack for Arithmetic");
        assertThat(first.abstractText()).startsWith("We study how transformers learn arithmetic.");
        assertThat(first.authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(first.categories()).containsExactly("cs.LG", "cs.CL");
        assertThat(first.source()).isEqualTo("papers.jsonl");
        assertThat(papers.get(2).abstractText()).contains("$O(n \\log n)$", "0.3\\%", "\\cite{dao2022}");
    }

    @Test
    void read_badRecords_reportsEachAndKeepsTheGoodOnes() {
        TestFiles.Collected read = TestFiles.readAll(TestFiles.resource("bad-records.jsonl"));

        assertThat(read.papers()).extracting(PaperRecord::id).containsExactly("2501.00001", "2501.00013");
        assertThat(read.errors()).extracting(RecordError::record, RecordError::reason).containsExactly(
                tuple("line 2", "malformed JSON: Unexpected end-of-input within/between Object entries (column 53)"),
                tuple("line 3 (2501.00003)", "title is missing"),
                tuple("line 4 (2501.00004)", "abstract is empty"),
                tuple("line 6 (2501.00006)", "abstract is not in English: only 0% of its words are common English words"),
                tuple("line 7 (2501.00007)", "abstract is not in English: only 10% of its letters are Latin letters"),
                tuple("line 8 (2501.00008)", "abstract is not in English: only 4% of its letters are Latin letters"),
                tuple("line 9", "line is a JSON array, not an object"),
                tuple("line 10 (2501.00010)", "title is not a string"),
                tuple("line 11 (2501.00011)", "authors is not an array of strings"),
                tuple("line 12 (2501.00012)", "date is not an ISO date (YYYY-MM-DD): \"18 March 2025\""));
        assertThat(read.errors()).allSatisfy(error -> assertThat(error.source()).isEqualTo("bad-records.jsonl"));
    }

    @Test
    void read_invalidUtf8Line_reportsThatLineOnly() {
        TestFiles.Collected read = TestFiles.readAll(TestFiles.resource("invalid-utf8.jsonl"));

        assertThat(read.papers()).extracting(PaperRecord::id).containsExactly("a", "c");
        assertThat(read.errors()).containsExactly(
                new RecordError("invalid-utf8.jsonl", "line 2", "invalid UTF-8 at byte 34 of the line"));
    }

    @Test
    void read_megabyteAbstract_reportsItsLengthAgainstTheLimit() throws IOException {
        Path file = directory.resolve("huge.jsonl");
        String huge = "a".repeat(1_048_576);
        Files.writeString(file, record("x1", "Huge", huge) + "\n" + record("x2", "Fine", ABSTRACT) + "\n");

        TestFiles.Collected read = TestFiles.readAll(file);

        assertThat(read.errors()).containsExactly(new RecordError("huge.jsonl", "line 1 (x1)",
                "abstract is 1048576 characters, more than the 100000 allowed"));
        assertThat(read.titles()).containsExactly("Fine");
    }

    @Test
    void read_gzippedFile_readsLikePlainFile() throws IOException {
        Path file = directory.resolve("papers.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(TestFiles.resource("papers.jsonl")));
        }

        TestFiles.Collected read = TestFiles.readAll(file);

        assertThat(read.papers()).hasSize(3);
        assertThat(read.papers().getFirst().source()).isEqualTo("papers.jsonl.gz");
    }

    @Test
    void read_yearAsOnlyDate_usesYear() throws IOException {
        Path file = directory.resolve("year.json");
        Files.writeString(file, "{\"title\": \"T\", \"abstract\": \"" + ABSTRACT + "\", \"year\": 2026}\n");

        assertThat(TestFiles.readAll(file).papers()).extracting(PaperRecord::date).containsExactly("2026");
    }

    @Test
    void read_blankLinesAndByteOrderMark_areSkipped() throws IOException {
        Path file = directory.resolve("bom.jsonl");
        Files.writeString(file, "\uFEFF" + record("b1", "T", ABSTRACT) + "\n\n   \n" + record("b2", "U", ABSTRACT));

        assertThat(TestFiles.readAll(file).papers()).extracting(PaperRecord::id, PaperRecord::recordNumber)
                .containsExactly(tuple("b1", 1L), tuple("b2", 4L));
    }

    private static String record(String id, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText + "\"}";
    }
}
