package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.PaperRecord;

/** Checks that any span of whole words in a normalised text maps back to original text that normalises to it. */
class TextNormalizerPropertyTest {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private static final String[] FRAGMENTS = {
        "model", "of", "GPT-4", "attention", "(CNNs)", "4.2%", ",", ".", "results;", "naïve", "模型",
        "$O(n^2)$", "$O(n \\log n)$", "$\\times$", "\\times", "2$\\times$", "$x + y$", "$$a=b$$",
        "\\emph{two words}", "\\textbf{Bold}", "\\textit{it}", "\\eg", "\\ie,", "~", "\\&", "\\%",
        "``quoted words''", "''", "`single'", "\n", "\n\n", "  ", "\t", "\\cite{a, b}", "~\\cite{k}",
        "Aky\\\"urek", "\\v{s}", "\\'{e}", "\\href{https://x.y}{this URL}", "{BERT}", "1{,}000",
        "\\unknown{arg}", "\\frac{1}{2}", "$n\\log n$", "\\\\", "\\$5", "\\,", "\\ ", "\\alpha",
        "$\\mathcal{O}(1)$", "\\{set\\}", "x_{i}", "a^{2}", "\\", "$", "{", "}", "\\label{eq:1}",
    };

    @Test
    void normalize_randomSpansOfGeneratedText_roundTrip() {
        Random random = new Random(20250318);
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < 2_000; i++) {
            checkRandomSpans(generatedText(random), random, 10, softly);
        }
        softly.assertAll();
    }

    @Test
    void normalize_randomSpansOfArxivAbstracts_roundTrip() {
        Optional<Path> corpus = TestFiles.sharedFile(ArxivCorpusTest.ARXIV_FILE);
        assumeTrue(corpus.isPresent(), "shared arXiv abstracts not found; set -D" + TestFiles.SHARED_PROPERTY);
        List<String> abstracts = new ArrayList<>();
        try (Stream<ReadResult> results = CorpusReader.open(corpus.get()).results()) {
            results.limit(3_000)
                    .flatMap(result -> result instanceof ReadResult.Accepted(PaperRecord paper)
                            ? Stream.of(paper.abstractText())
                            : Stream.empty())
                    .forEach(abstracts::add);
        }
        Random random = new Random(42);
        SoftAssertions softly = new SoftAssertions();
        abstracts.forEach(text -> checkRandomSpans(text, random, 5, softly));
        softly.assertAll();
    }

    private static String generatedText(Random random) {
        StringBuilder text = new StringBuilder();
        int fragments = 1 + random.nextInt(25);
        for (int i = 0; i < fragments; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private static void checkRandomSpans(String original, Random random, int spans, SoftAssertions softly) {
        NormalizedText normalized = TextNormalizer.normalize(original);
        List<int[]> words = words(normalized.text());
        if (words.isEmpty()) {
            return;
        }
        for (int i = 0; i < spans; i++) {
            int first = random.nextInt(words.size());
            int last = first + random.nextInt(Math.min(6, words.size() - first));
            int start = words.get(first)[0];
            int end = words.get(last)[1];
            String originalSpan = original.substring(normalized.originalOffset(start), normalized.originalEnd(end));
            softly.assertThat(TextNormalizer.normalize(originalSpan).text())
                    .as("span [%d, %d) of %s, original %s", start, end, normalized.text(), originalSpan)
                    .isEqualTo(normalized.text().substring(start, end));
        }
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        return words;
    }

    @Test
    void normalize_generatedText_foldsEveryWhitespaceRun() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String text = TextNormalizer.normalize(generatedText(random)).text();
            assertThat(text).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\t");
        }
    }
}
