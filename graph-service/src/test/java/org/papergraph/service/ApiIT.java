package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concepts, papers, health and the OpenAPI document over HTTP. */
class ApiIT extends ServiceITSupport {

    @BeforeEach
    void load() {
        loadFixture();
    }

    @Test
    void concepts_search_prefixAliasAndFuzzy() {
        assertThat(get("/api/concepts?q=pool").body().get(0).path("concept").path("id").asString()).isEqualTo("poolformer");
        assertThat(get("/api/concepts?q=vit").body().get(0).path("concept").path("id").asString())
                .isEqualTo("vision-transformer");
        assertThat(get("/api/concepts?q=transfomer").body().get(0).path("concept").path("id").asString())
                .isEqualTo("transformer");
        assertThat(get("/api/concepts?q=image&type=dataset").body()).allSatisfy(
                h -> assertThat(h.path("concept").path("type").asString()).isEqualTo("Dataset"));
    }

    @Test
    void concept_detail_papersAndClaims() {
        HttpJson.Answer answer = get("/api/concepts/imagenet-1k");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("mentionedBy").size()).isEqualTo(3);
        assertThat(answer.body().path("claims").size()).isEqualTo(2);
        assertThat(get("/api/concepts/poolformer").body().path("proposedBy").get(0).path("id").asString())
                .isEqualTo("2503.11677");
        assertThat(get("/api/concepts/nothing").status()).isEqualTo(404);
    }

    @Test
    void papers_listAndDetail() {
        HttpJson.Answer list = get("/api/papers?limit=2");
        assertThat(list.body().path("total").asInt()).isEqualTo(3);
        assertThat(list.body().path("papers").size()).isEqualTo(2);
        HttpJson.Answer paper = get("/api/papers/2503.11677");
        assertThat(paper.body().path("proposes").get(0).path("id").asString()).isEqualTo("poolformer");
        assertThat(paper.body().path("claims").get(0).path("value").asDouble()).isEqualTo(82.1);
        assertThat(paper.body().path("relations").size()).isEqualTo(4);
        HttpJson.Answer missing = get("/api/papers/9999.99999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("detail").asString()).contains("9999.99999");
    }

    @Test
    void postPapers_withoutOrWithWrongToken_401() {
        String body = "[{\"title\": \"T\", \"abstract\": \"A.\"}]";
        assertThat(post("/api/papers", body).status()).isEqualTo(401);
        assertThat(post("/api/papers", body, "Authorization", "Bearer nope").status()).isEqualTo(401);
    }

    @Test
    void health_up_withNeo4j() {
        HttpJson.Answer health = get("/actuator/health");
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(health.body().path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApi_documentsTheEndpoints() {
        HttpJson.Answer docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/paths")).isTrue();
        assertThat(docs.body().path("paths").has("/api/concepts/{id}/neighbourhood")).isTrue();
    }
}
