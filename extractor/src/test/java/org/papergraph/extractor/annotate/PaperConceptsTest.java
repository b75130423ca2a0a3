package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.papergraph.extractor.ConceptType;

class PaperConceptsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sparse Autoencoders                       | METHOD       | Sparse Autoencoder
            Large Language Models                     | ARCHITECTURE | Large Language Model
            vision-language models                    | ARCHITECTURE | vision-language model
            SSMs                                      | ARCHITECTURE | SSM
            MoE-LLMs                                  | ARCHITECTURE | MoE-LLM
            ViTs                                      | ARCHITECTURE | ViT
            NeuralNexus                               | METHOD       | NeuralNexus
            CNSocialDepress                           | METHOD       | CNSocialDepress
            LookingGlass                              | METHOD       | LookingGlass
            Gaussian Processes                        | METHOD       | Gaussian Process
            Gaussian Process                          | METHOD       | Gaussian Process
            Search Strategies                         | METHOD       | Search Strategy
            Union-of-Experts                          | ARCHITECTURE | Union-of-Experts
            Mixture-of-Experts                        | ARCHITECTURE | Mixture-of-Experts
            Mixture of Experts                        | ARCHITECTURE | Mixture of Experts
            Diffusion Models as Plug-and-Play Priors  | METHOD       | Diffusion Models as Plug-and-Play Priors
            Mamba                                     | ARCHITECTURE | Mamba
            Kinetics                                  | DATASET      | Kinetics
            LibriSpeech                               | DATASET      | LibriSpeech
            Hateful Memes                             | DATASET      | Hateful Memes
            Stanford Cars                             | DATASET      | Stanford Cars
            """)
    void singularName_makesOnlyRealPluralsSingular(String name, ConceptType type, String expected) {
        assertThat(PaperConcepts.singularName(name, type)).isEqualTo(expected);
    }

    private static ConceptMention mention(String surface, String name, @Nullable String acronym, String rule) {
        return new ConceptMention(0, 1, 0, surface.length(), surface, name, ConceptType.ARCHITECTURE, acronym, List.of(),
                rule, 0.9);
    }

    @Test
    void name_markedCasing_givesWayToThePlainFormTheTextAlsoUses() {
        PaperConcepts concepts = PaperConcepts.group(List.of(
                List.of(mention("Transformer in Transformer", "Transformer iN Transformer", null, "title-link")),
                List.of(mention("Transformer iN Transformer", "Transformer iN Transformer", "TNT", "acronym-definition"))));
        PaperConcepts.Concept concept = concepts.all().iterator().next();
        assertThat(concept.name()).isEqualTo("Transformer in Transformer");
        assertThat(concept.aliases()).containsExactly("TNT");
    }

    @Test
    void name_markedCasingAlone_staysAsWritten() {
        PaperConcepts concepts = PaperConcepts.group(List.of(
                List.of(mention("DEtection TRansformer", "DEtection TRansformer", "DETR", "acronym-definition"))));
        assertThat(concepts.all().iterator().next().name()).isEqualTo("DEtection TRansformer");
    }

    @Test
    void aliases_differingOnlyInCaseOrInThePlural_appearOnce() {
        PaperConcepts concepts = PaperConcepts.group(List.of(
                List.of(mention("Mixture-of-Experts", "Mixture-of-Experts", "MoE", "acronym-definition")),
                List.of(mention("MOE", "Mixture-of-Experts", null, "named-token"),
                        mention("mixture of experts", "Mixture-of-Experts", null, "noun-phrase"),
                        mention("sparse MoE layer", "Mixture-of-Experts", null, "noun-phrase"))));
        assertThat(concepts.all().iterator().next().aliases()).containsExactly("MoE", "sparse MoE layer");
    }
}
