package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("hard line\nbreak", "hard line break"),
                Arguments.of("40\\% fewer", "40% fewer"),
                Arguments.of("4.6$\\times$ faster", "4.6× faster"),
                Arguments.of("a 2\\times b", "a 2× b"),
                Arguments.of("in $O(n^2)$ time", "in O(n^2) time"),
                Arguments.of("an \\emph{x} y", "an x y"),
                Arguments.of("\\textbf{bold} and \\textit{slanted}", "bold and slanted"),
                Arguments.of("tasks, \\eg translation, \\ie text", "tasks, e.g. translation, i.e. text"),
                Arguments.of("Fig.~1", "Fig. 1"),
                Arguments.of("R\\&D", "R&D"),
                Arguments.of("a ``concept-space theory'' of", "a \"concept-space theory\" of"),
                Arguments.of("  runs   of \t spaces  ", "runs of spaces"),
                Arguments.of("one\r\ntwo\n\nthree", "one two\n\nthree"),
                Arguments.of("Aky\\\"urek and Dvo\\v{r}\\'ak", "Akyürek and Dvořák"),
                Arguments.of("as shown~\\cite{smith2020, doe2021}.", "as shown."),
                Arguments.of("costs \\$5", "costs $5"),
                Arguments.of("$n\\log n$ steps", "n log n steps"),
                Arguments.of("$\\alpha$-entmax with $\\ell_1$", "α-entmax with ℓ_1"),
                Arguments.of("see \\href{https://x.org}{this URL}", "see https://x.org this URL"),
                Arguments.of("1{,}000 {BERT} runs", "1,000 BERT runs"),
                Arguments.of("\\unknown{arg} stays", "\\unknownarg stays"),
                Arguments.of("", ""),
                Arguments.of(" \n ", ""));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void normalize_example_givesExpectedText(String original, String expected) {
        assertThat(TextNormalizer.normalize(original).text()).isEqualTo(expected);
    }

    @Test
    void normalize_dollarMath_mapsContentToItsOriginalOffsets() {
        NormalizedText normalized = TextNormalizer.normalize("We get $O(n^2)$ time");

        assertThat(normalized.text()).isEqualTo("We get O(n^2) time");
        assertThat(normalized.originalOffset(7)).isEqualTo(8);
        assertThat(normalized.originalEnd(13)).isEqualTo(14);
        assertThat(normalized.originalOffset(14)).isEqualTo(16);
        assertThat(normalized.originalEnd(18)).isEqualTo(20);
    }

    @Test
    void normalize_timesCommand_mapsSignToWholeCommand() {
        NormalizedText normalized = TextNormalizer.normalize("is 4.6$\\times$ faster");

        assertThat(normalized.text()).isEqualTo("is 4.6× faster");
        assertThat(normalized.originalOffset(6)).isEqualTo(7);
        assertThat(normalized.originalEnd(7)).isEqualTo(13);
        assertThat(normalized.originalOffset(3)).isEqualTo(3);
        assertThat(normalized.originalEnd(7)).as("end of the word 4.6×").isEqualTo(13);
    }

    @Test
    void normalize_escapedPercent_mapsToBothCharacters() {
        NormalizedText normalized = TextNormalizer.normalize("by 40\\% here");

        assertThat(normalized.text()).isEqualTo("by 40% here");
        assertThat(normalized.originalOffset(5)).isEqualTo(5);
        assertThat(normalized.originalEnd(6)).isEqualTo(7);
        assertThat(normalized.originalOffset(7)).isEqualTo(8);
    }

    @Test
    void normalize_emph_mapsArgumentToItselfWithoutCommand() {
        NormalizedText normalized = TextNormalizer.normalize("an \\emph{open} problem");

        assertThat(normalized.text()).isEqualTo("an open problem");
        assertThat(normalized.originalOffset(3)).isEqualTo(9);
        assertThat(normalized.originalEnd(7)).isEqualTo(13);
        assertThat(normalized.originalOffset(8)).isEqualTo(15);
    }

    @Test
    void normalize_abbreviation_mapsEveryCharacterToWholeCommand() {
        NormalizedText normalized = TextNormalizer.normalize("tasks, \\eg, MT");

        assertThat(normalized.text()).isEqualTo("tasks, e.g., MT");
        assertThat(normalized.originalOffset(7)).isEqualTo(7);
        assertThat(normalized.originalEnd(11)).isEqualTo(10);
        assertThat(normalized.originalEnd(12)).isEqualTo(11);
    }

    @Test
    void normalize_quotes_mapsEachQuoteToBothMarks() {
        NormalizedText normalized = TextNormalizer.normalize("a ``good'' idea");

        assertThat(normalized.text()).isEqualTo("a \"good\" idea");
        assertThat(normalized.originalOffset(2)).isEqualTo(2);
        assertThat(normalized.originalEnd(8)).isEqualTo(10);
    }

    @Test
    void normalize_lineBreakAndSpaces_mapSpaceToWholeRun() {
        NormalizedText normalized = TextNormalizer.normalize("  one \n  two");

        assertThat(normalized.text()).isEqualTo("one two");
        assertThat(normalized.originalOffset(0)).isEqualTo(2);
        assertThat(normalized.originalOffset(3)).isEqualTo(5);
        assertThat(normalized.originalEnd(4)).isEqualTo(9);
        assertThat(normalized.originalOffset(4)).isEqualTo(9);
    }

    @Test
    void normalize_tilde_becomesSpaceMappedToTilde() {
        NormalizedText normalized = TextNormalizer.normalize("Fig.~1");

        assertThat(normalized.originalOffset(4)).isEqualTo(4);
        assertThat(normalized.originalEnd(5)).isEqualTo(5);
        assertThat(normalized.originalOffset(5)).isEqualTo(5);
    }

    @Test
    void normalize_spanOfWords_mapsBackToSameWords() {
        String original = "We train a \\textbf{small} model with $100$M parameters~\\cite{x}, \\ie ``tiny''.";
        NormalizedText normalized = TextNormalizer.normalize(original);
        String text = normalized.text();
        int start = text.indexOf("small");
        int end = text.indexOf("parameters") + "parameters".length();

        String originalSpan = original.substring(normalized.originalOffset(start), normalized.originalEnd(end));

        assertThat(originalSpan).isEqualTo("small} model with $100$M parameters");
        assertThat(TextNormalizer.normalize(originalSpan).text()).isEqualTo(text.substring(start, end));
    }
}
