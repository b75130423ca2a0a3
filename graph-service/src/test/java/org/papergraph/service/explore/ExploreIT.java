package org.papergraph.service.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.service.HttpJson;
import org.papergraph.service.ServiceITSupport;
import tools.jackson.databind.JsonNode;

class ExploreIT extends ServiceITSupport {

    @BeforeEach
    void load() {
        loadFixture();
    }

    @Test
    void neighbourhood_proposedModel_hasWhatItIsEvaluatedOnAndBuiltOn() {
        HttpJson.Answer answer = get("/api/concepts/poolformer/neighbourhood?depth=1");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer.body().path("nodes"), "concept")).contains("poolformer", "imagenet-1k", "metaformer",
                "resnet", "coco");
        JsonNode evaluated = edge(answer.body(), "poolformer", "evaluatedOn", "imagenet-1k");
        assertThat(evaluated.path("support").asInt()).isEqualTo(2);
        assertThat(evaluated.path("evidence")).hasSize(2);
        assertThat(evaluated.path("evidence").get(0).path("sentence").asString()).contains("ImageNet-1K");
    }

    @Test
    void neighbourhood_depth2_filteredByPredicate_andRankedByDegree() {
        HttpJson.Answer answer = get("/api/concepts/PoolFormer/neighbourhood?depth=2&predicates=evaluatedOn&rank=degree");
        assertThat(ids(answer.body().path("nodes"), "concept")).contains("vision-transformer", "coco")
                .doesNotContain("metaformer", "transformer");
        assertThat(answer.body().path("ranking").asString()).isEqualTo("DEGREE");
    }

    @Test
    void neighbourhood_unknownConcept_404Problem() {
        HttpJson.Answer answer = get("/api/concepts/no-such-thing/neighbourhood");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("detail").asString()).contains("no-such-thing");
        assertThat(answer.body().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void neighbourhood_badDepth_400Problem() {
        HttpJson.Answer answer = get("/api/concepts/poolformer/neighbourhood?depth=7");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("detail").asString()).contains("depth");
    }

    @Test
    void paths_betweenConceptsOfDifferentPapers_everyHopHasEvidence() {
        HttpJson.Answer answer = get("/api/paths?from=PoolFormer&to=" + encode("Transformer") + "&k=3");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode paths = answer.body().path("paths");
        assertThat(paths.size()).isGreaterThanOrEqualTo(1);
        JsonNode shortest = paths.get(0);
        assertThat(shortest.path("length").asInt()).isEqualTo(3);
        for (JsonNode hop : shortest.path("hops")) {
            JsonNode evidence = hop.path("relation").path("evidence");
            assertThat(evidence.size()).isPositive();
            assertThat(evidence.get(0).path("sentence").asString()).isNotBlank();
            assertThat(evidence.get(0).path("paper").asString()).isNotBlank();
        }
        List<String> papers = new ArrayList<>();
        shortest.path("hops").forEach(h -> h.path("relation").path("evidence").forEach(e -> papers.add(e.path("paper").asString())));
        assertThat(papers).contains("2503.11677", "2401.00001");
    }

    @Test
    void paths_byAlias_andUnknownEnd_404() {
        assertThat(get("/api/paths?from=ViT&to=MetaFormer").body().path("paths").size()).isPositive();
        assertThat(get("/api/paths?from=ViT&to=nothing-here").status()).isEqualTo(404);
    }

    @Test
    void relations_pattern_withEvidence() {
        HttpJson.Answer answer = get("/api/relations?predicate=evaluatedOn&object=ImageNet");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer.body(), "subject")).containsExactly("poolformer", "vision-transformer");
        assertThat(answer.body().get(0).path("evidence").get(0).path("paperTitle").asString()).isNotBlank();
        assertThat(get("/api/relations?subject=vit").body().size()).isEqualTo(3);
        assertThat(get("/api/relations?predicate=likes").status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path(field).isObject() ? n.path(field).path("id").asString() : n.path(field).asString()));
        return ids;
    }

    private static JsonNode edge(JsonNode neighbourhood, String s, String p, String o) {
        for (JsonNode e : neighbourhood.path("edges")) {
            if (e.path("subject").asString().equals(s) && e.path("predicate").asString().equals(p)
                    && e.path("object").asString().equals(o)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + s + " " + p + " " + o + " in " + neighbourhood);
    }
}
