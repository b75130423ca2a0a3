package org.papergraph.service.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.service.paper.PaperIngestion.PaperInput;
import tools.jackson.databind.json.JsonMapper;

class PostedPapersTest {

    private static final String ENGLISH = "We study how transformers learn arithmetic. We show that the positional "
            + "encoding is the main obstacle, and we propose a simple change to the input format that lets a small "
            + "model multiply large numbers with near-perfect accuracy.";

    @Test
    void check_mixedBatch_badOnesNamedByPositionAndId_goodOnesKeptInOrder() {
        PostedPapers papers = PostedPapers.check(List.of(
                paper("a", "Arithmetic", ENGLISH),
                paper("b", "Nothing", "  "),
                paper("c", null, ENGLISH),
                paper("d", "Junk", "\u0000\u0001\u0002 binary"),
                paper(null, "Broken bytes", "We propose \uFFFD\uFFFD a model."),
                paper("f", "Zu lang", "x".repeat(100_001)),
                paper("g", "Sprachmodelle", "Große Sprachmodelle haben in den letzten Jahren beeindruckende "
                        + "Fortschritte bei der Verarbeitung natürlicher Sprache erzielt, und wir zeigen, dass die "
                        + "Positionskodierung eine entscheidende Rolle spielt, wenn die Modelle rechnen."),
                paper("h", "Arithmetic again", ENGLISH)), JsonMapper.builder().build());

        assertThat(papers.accepted()).extracting(PaperRecord::id).containsExactly("a", "h");
        assertThat(papers.accepted()).extracting(PaperRecord::recordNumber).containsExactly(1L, 8L);
        assertThat(papers.accepted()).allSatisfy(p -> assertThat(p.source()).isEqualTo("POST /api/papers"));
        assertThat(papers.rejected()).hasSize(6).contains(
                "POST /api/papers: paper 2 (b): abstract is empty",
                "POST /api/papers: paper 3 (c): title is missing",
                "POST /api/papers: paper 4 (d): abstract is not text: it holds U+0000 at character 1",
                "POST /api/papers: paper 5: abstract is not text: it holds U+FFFD at character 12",
                "POST /api/papers: paper 6 (f): abstract is 100001 characters, more than the 100000 allowed");
        assertThat(papers.rejected()).anySatisfy(e -> assertThat(e)
                .startsWith("POST /api/papers: paper 7 (g): abstract is not in English"));
    }

    @Test
    void findNonText_tabsAndLineBreaksAreText() {
        assertThat(PostedPapers.findNonText("abstract", "one\ttwo\nthree\r\n")).isEmpty();
        assertThat(PostedPapers.findNonText("title", "bell\u0007")).contains("title is not text: it holds U+0007 at character 5");
    }

    private static PaperInput paper(String id, String title, String abstractText) {
        return new PaperInput(id, title, abstractText, null, null, null);
    }
}
