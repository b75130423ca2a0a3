package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;

class PageTextSourceTest {

    private static final String ABSTRACT = "We study how models learn to add numbers. We find that the "
            + "position of each digit matters more than the size of the model, and we propose a new "
            + "input format that fixes the problem for numbers of up to one hundred digits in length.";

    @TempDir
    Path directory;

    /** The papers of the trending page as a simpler reading sees them: a long line and the line before it. */
    private static List<String[]> titlesAndAbstractsOf(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page).stream().filter(line -> !line.isBlank()).toList();
        List<String[]> papers = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length() > 500) {
                papers.add(new String[] {lines.get(i - 1), lines.get(i)});
            }
        }
        return papers;
    }

    @Test
    void read_trendingPage_findsAll62PapersWithExactText() throws IOException {
        Path page = TestFiles.trendingPapers();
        List<String[]> expected = titlesAndAbstractsOf(page);

        TestFiles.Collected read = TestFiles.readAll(page);

        assertThat(read.errors()).isEmpty();
        assertThat(read.papers()).hasSize(62).hasSameSizeAs(expected);
        assertThat(read.papers().getFirst().title()).isEqualTo(expected.getFirst()[0]);
        assertThat(read.papers().getLast().title()).isEqualTo(expected.getLast()[0]);
        assertThat(read.papers())
                .extracting(PaperRecord::title, PaperRecord::abstractText)
                .containsExactlyElementsOf(expected.stream().map(p -> tuple(p[0], p[1])).toList());
    }

    @Test
    void read_trendingPage_numbersPapersByOrdinalWithoutIds() {
        List<PaperRecord> papers = TestFiles.readAll(TestFiles.trendingPapers()).papers();

        assertThat(papers).extracting(PaperRecord::recordNumber).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 62).boxed().toList());
        assertThat(papers).allSatisfy(paper -> {
            assertThat(paper.id()).isNull();
            assertThat(paper.source()).isEqualTo("trending-papers.txt");
            assertThat(paper.authors()).isEmpty();
            assertThat(paper.date()).isNull();
        });
    }

    @Test
    void read_pageWithMetadataLines_skipsMetadataAndReportsBadPapers() {
        TestFiles.Collected read = TestFiles.readAll(TestFiles.resource("page-with-metadata.txt"));

        assertThat(read.titles()).containsExactly("A Title Before Metadata", "Second Paper: A Two-Paragraph Abstract");
        assertThat(read.papers()).extracting(PaperRecord::recordNumber).containsExactly(1L, 2L);
        assertThat(read.errors()).extracting(RecordError::record, RecordError::reason).containsExactly(
                tuple("record 3 at line 27", "abstract is not in English: only 0% of its words are common English words"),
                tuple("record 4 at line 33", "title is missing: no title line before the abstract"));
    }

    @Test
    void read_twoAbstractParagraphsInARow_joinsThemWithBlankLine() {
        PaperRecord second = TestFiles.readAll(TestFiles.resource("page-with-metadata.txt")).papers().get(1);

        assertThat(second.abstractText()).startsWith("Vision transformers split").contains("ImageNet.\n\nIn a second set")
                .endsWith("reproduce the results.");
    }

    @Test
    void read_invalidUtf8InAbstract_reportsLineAndReadsNextPaper() throws IOException {
        Path page = directory.resolve("page.txt");
        byte[] bad = ("First Title\n\n" + ABSTRACT + " Caf").getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("\u00E9.\n\nSecond Title\n\n" + ABSTRACT + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(page, concat(bad, rest));

        TestFiles.Collected read = TestFiles.readAll(page);

        assertThat(read.titles()).containsExactly("Second Title");
        int badByte = ABSTRACT.length() + " Caf".length() + 1;
        assertThat(read.errors()).containsExactly(
                new RecordError("page.txt", "line 3", "invalid UTF-8 at byte " + badByte + " of the line"));
    }

    @Test
    void read_windowsLineEnds_keepsTextWithoutCarriageReturns() throws IOException {
        Path page = directory.resolve("crlf.txt");
        Files.writeString(page, "Subscribe\r\n\r\nA Title\r\n\r\n" + ABSTRACT + "\r\n");

        PaperRecord paper = TestFiles.readAll(page).papers().getFirst();

        assertThat(paper.title()).isEqualTo("A Title");
        assertThat(paper.abstractText()).isEqualTo(ABSTRACT);
    }

    @Test
    void read_pageWithoutPapers_givesNothing() throws IOException {
        Path page = directory.resolve("empty.txt");
        Files.writeString(page, "Home\n\nSubscribe\n\nNothing trending today.\n");

        TestFiles.Collected read = TestFiles.readAll(page);

        assertThat(read.papers()).isEmpty();
        assertThat(read.errors()).isEmpty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
