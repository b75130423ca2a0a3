package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    @Test
    void longFormLength_findsTheWordsTheAcronymAbbreviates() {
        assertThat(AcronymDefinitions.longFormLength(List.of("we", "use", "a", "Vision", "Transformer"), "ViT")).isEqualTo(2);
        assertThat(AcronymDefinitions.longFormLength(List.of("train", "Sparse", "Autoencoders"), "SAEs")).isEqualTo(2);
        assertThat(AcronymDefinitions.longFormLength(List.of("the", "Long", "Short", "Distance", "Attention"), "LSDA"))
                .isEqualTo(4);
    }

    @Test
    void longFormLength_noMatch_isZero() {
        assertThat(AcronymDefinitions.longFormLength(List.of("on", "the", "test", "set"), "GLUE")).isZero();
        assertThat(AcronymDefinitions.longFormLength(List.of(), "GLUE")).isZero();
    }

    @Test
    void canBeAcronym_shapes() {
        assertThat(AcronymDefinitions.canBeAcronym("ViT")).isTrue();
        assertThat(AcronymDefinitions.canBeAcronym("e.g.")).isFalse();
        assertThat(AcronymDefinitions.canBeAcronym("2023")).isFalse();
        assertThat(AcronymDefinitions.stem("SAEs")).isEqualTo("SAE");
    }
}
