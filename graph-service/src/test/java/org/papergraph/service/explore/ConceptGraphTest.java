package org.papergraph.service.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.papergraph.service.load.ConceptKind;
import org.papergraph.extractor.RelationType;

class ConceptGraphTest {

    static final String C = "https://papergraph.org/id/concept/";

    static ConceptSummary concept(String key, String name, String kind, String... aliases) {
        return new ConceptSummary(key, C + key, name, kind, List.of(aliases), 1);
    }

    static RelationEdge edge(String s, RelationType type, String o) {
        return new RelationEdge(C + s, type, C + o, 1,
                List.of(new Evidence("p1", "Paper 1", null, s + " " + type + " " + o, 1, "abstract", 0, 10, 0.7, "rule")));
    }

    /** poolformer -evaluatedOn-> imagenet <-evaluatedOn- vit -basedOn-> transformer; vit -usesMethod-> attention. */
    static ConceptGraph sample() {
        return new ConceptGraph(List.of(
                concept("poolformer", "PoolFormer", "Architecture"),
                concept("imagenet", "ImageNet-1K", "Dataset", "ImageNet"),
                concept("vit", "Vision Transformer", "Architecture", "ViT"),
                concept("transformer", "Transformer", "Architecture"),
                concept("attention", "self-attention", "Method")), List.of(
                edge("poolformer", RelationType.EVALUATED_ON, "imagenet"),
                edge("vit", RelationType.EVALUATED_ON, "imagenet"),
                edge("vit", RelationType.BASED_ON, "transformer"),
                edge("vit", RelationType.USES_METHOD, "attention")));
    }

    @Test
    void resolve_byKeyIriNameOrAlias() {
        ConceptGraph g = sample();
        assertThat(g.resolve("vit")).map(ConceptSummary::name).contains("Vision Transformer");
        assertThat(g.resolve(C + "vit")).map(ConceptSummary::id).contains("vit");
        assertThat(g.resolve("vision  transformer")).map(ConceptSummary::id).contains("vit");
        assertThat(g.resolve("IMAGENET")).map(ConceptSummary::id).contains("imagenet");
        assertThat(g.resolve("nothing")).isEmpty();
    }

    @Test
    void neighbourhood_depth1_directNeighboursOnly() {
        ConceptGraph g = sample();
        Neighbourhood n = NeighbourhoodFinder.find(g, g.resolve("vit").orElseThrow(), 1, 10, Set.of(), Set.of(),
                Ranking.DEGREE, 3);
        assertThat(n.nodes()).extracting(r -> r.concept().id()).first().isEqualTo("vit");
        assertThat(n.nodes()).extracting(r -> r.concept().id())
                .containsExactlyInAnyOrder("vit", "imagenet", "transformer", "attention");
        assertThat(n.edges()).hasSize(3).allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());
    }

    @Test
    void neighbourhood_depth2_reachesAcrossADataset() {
        ConceptGraph g = sample();
        Neighbourhood n = NeighbourhoodFinder.find(g, g.resolve("poolformer").orElseThrow(), 2, 10, Set.of(),
                Set.of(), Ranking.PAGERANK, 3);
        assertThat(n.nodes()).extracting(r -> r.concept().id()).contains("vit").doesNotContain("transformer");
    }

    @Test
    void neighbourhood_filtersAndLimit() {
        ConceptGraph g = sample();
        ConceptSummary vit = g.resolve("vit").orElseThrow();
        Neighbourhood byPredicate = NeighbourhoodFinder.find(g, vit, 1, 10, Set.of(RelationType.BASED_ON), Set.of(),
                Ranking.DEGREE, 3);
        assertThat(byPredicate.nodes()).extracting(r -> r.concept().id()).containsExactly("vit", "transformer");
        Neighbourhood byType = NeighbourhoodFinder.find(g, vit, 1, 10, Set.of(), Set.of(ConceptKind.METHOD),
                Ranking.DEGREE, 3);
        assertThat(byType.nodes()).extracting(r -> r.concept().id()).containsExactly("vit", "attention");
        Neighbourhood limited = NeighbourhoodFinder.find(g, vit, 1, 2, Set.of(), Set.of(), Ranking.DEGREE, 3);
        assertThat(limited.nodes()).hasSize(2);
        assertThat(limited.truncated()).isTrue();
    }

    @Test
    void paths_acrossRelationsEitherWay_withEvidencePerHop() {
        ConceptGraph g = sample();
        List<ConceptPath> paths = PathFinder.find(g, g.resolve("poolformer").orElseThrow(),
                g.resolve("transformer").orElseThrow(), 3, 4, Set.of(), 3);
        assertThat(paths).hasSize(1);
        ConceptPath path = paths.getFirst();
        assertThat(path.length()).isEqualTo(3);
        assertThat(path.hops()).extracting(ConceptPath.Hop::to).containsExactly("imagenet", "vit", "transformer");
        assertThat(path.hops()).extracting(ConceptPath.Hop::forward).containsExactly(true, false, true);
        assertThat(path.hops()).allSatisfy(h -> assertThat(h.relation().evidence()).isNotEmpty());
    }

    @Test
    void paths_tooLongOrFilteredOut_none() {
        ConceptGraph g = sample();
        ConceptSummary a = g.resolve("poolformer").orElseThrow();
        ConceptSummary b = g.resolve("transformer").orElseThrow();
        assertThat(PathFinder.find(g, a, b, 3, 2, Set.of(), 3)).isEmpty();
        assertThat(PathFinder.find(g, a, b, 3, 4, Set.of(RelationType.EVALUATED_ON), 3)).isEmpty();
    }
}
