package org.papergraph.service.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.service.explore.ConceptGraph;
import org.papergraph.service.explore.ConceptSummary;
import org.papergraph.service.load.ConceptKind;

class ConceptIndexTest {

    private static final ConceptSummary VIT = concept("vision-transformer", "Vision Transformer", "Architecture",
            List.of("ViT", "vision transformers"), 12);
    private static final ConceptSummary TRANSFORMER = concept("transformer", "Transformer", "Architecture",
            List.of("Transformers"), 40);
    private static final ConceptSummary IMAGENET = concept("imagenet-1k", "ImageNet-1k", "Dataset", List.of(), 30);
    private static final ConceptSummary SWIN = concept("swin-transformer", "Swin Transformer", "Architecture",
            List.of("Swin"), 5);
    private static final ConceptSummary SPARSE = concept("sparse-attention", "sparse attention", "Method",
            List.of(), 3);

    private final ConceptIndex index = ConceptIndex.build(
            ConceptGraph.of(List.of(VIT, TRANSFORMER, IMAGENET, SWIN, SPARSE), List.of()));

    @Test
    void search_acronym_findsAliasExactly() {
        List<ConceptSearch.Hit> hits = index.search("vit", null, 3);
        assertThat(hits.getFirst().concept()).isEqualTo(VIT);
        assertThat(hits.getFirst().matched()).isEqualTo("ViT");
        assertThat(hits.getFirst().score()).isEqualTo(1.0);
    }

    @Test
    void search_ranksExactThenPrefixThenWordPrefixThenSubstring() {
        List<ConceptSearch.Hit> hits = index.search("transformer", null, 10);
        assertThat(hits).extracting(h -> h.concept().id())
                .containsExactly("transformer", "vision-transformer", "swin-transformer");
        assertThat(index.search("ansform", null, 10)).extracting(ConceptSearch.Hit::score).containsOnly(0.6);
    }

    @Test
    void search_typo_matchesFuzzilyThroughTheIndex() {
        assertThat(index.search("transfomer", null, 1)).extracting(h -> h.concept().id())
                .containsExactly("transformer");
        assertThat(index.search("imagnet", null, 5)).extracting(h -> h.concept().id()).containsExactly("imagenet-1k");
    }

    @Test
    void search_type_filtersBeforeRanking() {
        assertThat(index.search("s", ConceptKind.parse("Method"), 5)).extracting(h -> h.concept().id())
                .containsExactly("sparse-attention");
    }

    @Test
    void search_empty_ranksByPapers() {
        assertThat(index.search(" ", null, 2)).extracting(h -> h.concept().id())
                .containsExactly("transformer", "imagenet-1k");
    }

    @Test
    void search_queryParserSyntax_isPlainText() {
        assertThat(index.search("vit~ OR *:*", null, 5)).isEmpty();
        assertThat(index.search("*", null, 5)).isEmpty();
    }

    @Test
    void search_limit_keepsTheBest() {
        assertThat(index.search("tr", null, 1)).extracting(h -> h.concept().id()).containsExactly("transformer");
    }

    private static ConceptSummary concept(String id, String name, String type, List<String> aliases, long papers) {
        return new ConceptSummary(id, "https://papergraph.org/concept/" + id, name, type, aliases, papers);
    }
}
