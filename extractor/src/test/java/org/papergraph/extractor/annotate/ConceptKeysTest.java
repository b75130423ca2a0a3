package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptKeysTest {

    @Test
    void key_surfaceVariants_shareOneKey() {
        assertThat(ConceptKeys.key("Vision Transformers"))
                .isEqualTo(ConceptKeys.key("vision-transformer"))
                .isEqualTo(ConceptKeys.key("Vision Transformer"))
                .isEqualTo("vision transformer");
    }

    @Test
    void key_punctuationOnly_isEmpty() {
        assertThat(ConceptKeys.key(" -- ")).isEmpty();
    }

    @Test
    void singular_keepsWordsThatOnlyLookPlural() {
        assertThat(ConceptKeys.singular("transformers")).isEqualTo("transformer");
        assertThat(ConceptKeys.singular("strategies")).isEqualTo("strategy");
        assertThat(ConceptKeys.singular("loss")).isEqualTo("loss");
        assertThat(ConceptKeys.singular("corpus")).isEqualTo("corpus");
        assertThat(ConceptKeys.singular("analysis")).isEqualTo("analysis");
        assertThat(ConceptKeys.singular("gas")).isEqualTo("gas");
    }

    @Test
    void isAcronymShaped_capitalsAndPlural() {
        assertThat(ConceptKeys.isAcronymShaped("ViT")).isTrue();
        assertThat(ConceptKeys.isAcronymShaped("SAEs")).isTrue();
        assertThat(ConceptKeys.isAcronymShaped("Transformer")).isFalse();
    }

    @Test
    void hasMarkedCasing_capitalsThatMarkAcronymLetters() {
        assertThat(ConceptKeys.hasMarkedCasing("Transformer iN Transformer")).isTrue();
        assertThat(ConceptKeys.hasMarkedCasing("DEtection TRansformer")).isTrue();
        assertThat(ConceptKeys.hasMarkedCasing("Transformer in Transformer")).isFalse();
        assertThat(ConceptKeys.hasMarkedCasing("Vision Transformer")).isFalse();
        assertThat(ConceptKeys.hasMarkedCasing("LLaMA adapter")).isFalse();
        assertThat(ConceptKeys.hasMarkedCasing("mAP")).isFalse();
        assertThat(ConceptKeys.hasMarkedCasing("Union-of-Experts")).isFalse();
    }
}
