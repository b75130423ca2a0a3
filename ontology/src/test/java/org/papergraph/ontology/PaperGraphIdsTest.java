package org.papergraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperGraphIdsTest {

    private static final String PAPER = "https://papergraph.org/id/paper/2503.11677";

    @Test
    void conceptIri_pluralCaseAndSpacing_giveSameIri() {
        assertThat(PaperGraphIds.conceptIri("Vision Transformers"))
                .isEqualTo(PaperGraphIds.conceptIri("vision transformer"))
                .isEqualTo(PaperGraphIds.conceptIri("  Vision-Transformer "))
                .isEqualTo("https://papergraph.org/id/concept/vision-transformer");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ImageNet-1K              | imagenet-1k
            Top-1 Accuracy           | top-1-accuracy
            PoolFormer               | poolformer
            PoolFormers              | poolformer
            GANs                     | gan
            Mask R-CNN               | mask-r-cnn
            GPT-3.5                  | gpt-3-5
            '  --BERT (base)--  '    | bert-base
            Corpus                   | corpus
            Analysis                 | analysis
            Focal Loss               | focal-loss
            Bus                      | bus
            Gas                      | gas
            Schrödinger Bridges      | schrodinger-bridge
            ﬁne-tuning               | fine-tuning
            Kinetics                 | kinetics
            Strategies               | strategy
            Texture Bias             | texture-bias
            """)
    void conceptIri_name_givesDocumentedSlug(String name, String slug) {
        assertThat(PaperGraphIds.conceptIri(name)).isEqualTo(PaperGraphIds.NS + "concept/" + slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            transformers | transformer
            strategies   | strategy
            bias         | bias
            dynamics     | dynamics
            loss         | loss
            gas          | gas
            processes    | process
            patches      | patch
            approaches   | approach
            caches       | cache
            meshes       | mesh
            boxes        | box
            biases       | bias
            databases    | database
            responses    | response
            """)
    void singular_word_followsTheDocumentedRule(String word, String singular) {
        assertThat(PaperGraphIds.singular(word)).isEqualTo(singular);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "++", "—"})
    void conceptIri_noLettersOrDigits_throws(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> PaperGraphIds.conceptIri(name));
    }

    @Test
    void paperIriForTitle_knownTitle_hasStableHash() {
        // sha256("attentionisallyouneed") starts with 5563e10cdb032fc9 (computed outside Java).
        assertThat(PaperGraphIds.paperIriForTitle("Attention Is All You Need"))
                .isEqualTo("https://papergraph.org/id/paper/t-5563e10cdb032fc9");
    }

    @Test
    void paperIriForTitle_caseSpacingAndPunctuation_giveSameIri() {
        assertThat(PaperGraphIds.paperIriForTitle("MetaFormer Is Actually What You Need for Vision"))
                .isEqualTo(PaperGraphIds.paperIriForTitle("metaformer is actually what you need for vision."))
                .isEqualTo(PaperGraphIds.paperIriForTitle("  MetaFormer is Actually\nWhat You Need -- for Vision! "))
                .isEqualTo("https://papergraph.org/id/paper/t-ac0c377ff54d616d");
    }

    @Test
    void paperIriForTitle_differentWords_giveDifferentIris() {
        assertThat(PaperGraphIds.paperIriForTitle("Attention Is All You Need"))
                .isNotEqualTo(PaperGraphIds.paperIriForTitle("Attention Is Not All You Need"));
    }

    @Test
    void paperIriForTitle_accents_areIgnored() {
        assertThat(PaperGraphIds.paperIriForTitle("Schrödinger Bridges"))
                .isEqualTo(PaperGraphIds.paperIriForTitle("Schrodinger Bridges"))
                .isEqualTo(PaperGraphIds.paperIriForTitle("Schro\u0308dinger Bridges"))
                .matches("https://papergraph\\.org/id/paper/t-[0-9a-f]{16}");
    }

    @Test
    void paperIriForTitle_noLettersOrDigits_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> PaperGraphIds.paperIriForTitle(" ?! "));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2503.11677       | 2503.11677
            2503.11677v2     | 2503.11677v2
            ' 2503.11677 '   | 2503.11677
            cs/0112017       | cs%2F0112017
            arXiv:2503.11677 | arXiv%3A2503.11677
            W2963403868      | W2963403868
            a b#ü            | a%20b%23%C3%BC
            """)
    void paperIri_recordId_keptOrPercentEncoded(String recordId, String key) {
        assertThat(PaperGraphIds.paperIri(recordId)).isEqualTo(PaperGraphIds.NS + "paper/" + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ".", ".."})
    void paperIri_unusableId_throws(String recordId) {
        assertThatIllegalArgumentException().isThrownBy(() -> PaperGraphIds.paperIri(recordId));
    }

    @Test
    void partIris_paperAndIndex_followScheme() {
        assertThat(PaperGraphIds.sentenceIri(PAPER, 3)).isEqualTo(PAPER + "/sentence/3");
        assertThat(PaperGraphIds.mentionIri(PAPER, 7)).isEqualTo(PAPER + "/mention/7");
        assertThat(PaperGraphIds.claimIri(PAPER, 0)).isEqualTo(PAPER + "/claim/0");
        assertThat(PaperGraphIds.assertionIri(PAPER, 12)).isEqualTo(PAPER + "/assertion/12");
    }

    @Test
    void sentenceIri_titleHashPaper_followsScheme() {
        String paper = PaperGraphIds.paperIriForTitle("Attention Is All You Need");

        assertThat(PaperGraphIds.sentenceIri(paper, 0)).isEqualTo(paper + "/sentence/0");
    }

    @Test
    void sentenceIri_negativeIndex_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> PaperGraphIds.sentenceIri(PAPER, -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2503.11677",
        "https://papergraph.org/id/paper/",
        "https://papergraph.org/id/concept/resnet",
        "https://papergraph.org/id/paper/2503.11677/sentence/3"
    })
    void mentionIri_notAPaperIri_throws(String paperIri) {
        assertThatIllegalArgumentException().isThrownBy(() -> PaperGraphIds.mentionIri(paperIri, 0));
    }
}
