package org.papergraph.service.concept;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptSearchTest {

    @Test
    void score_exactBeatsPrefixBeatsWordPrefixBeatsSubstring() {
        double exact = ConceptSearch.score("vit", "vit");
        double prefix = ConceptSearch.score("vision", "vision transformer");
        double word = ConceptSearch.score("transf", "vision transformer");
        double substring = ConceptSearch.score("ansform", "vision transformer");
        assertThat(exact).isGreaterThan(prefix);
        assertThat(prefix).isGreaterThan(word);
        assertThat(word).isGreaterThan(substring);
        assertThat(substring).isGreaterThan(0);
    }

    @Test
    void score_typo_fuzzyMatch() {
        assertThat(ConceptSearch.score("transfomer", "transformer")).isBetween(0.35, 0.5);
        assertThat(ConceptSearch.score("imagnet", "imagenet-1k")).isGreaterThan(0);
    }

    @Test
    void score_unrelated_noMatch() {
        assertThat(ConceptSearch.score("bert", "imagenet")).isZero();
    }

    @Test
    void similarity_transposition_countsOnce() {
        assertThat(ConceptSearch.similarity("abcd", "abdc")).isEqualTo(0.75);
    }
}
