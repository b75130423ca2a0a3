package org.papergraph.service.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.service.HttpJson;
import org.papergraph.service.ServiceITSupport;

class CypherIT extends ServiceITSupport {

    @Test
    void read_returnsRowsWithNodesAsMaps() {
        loadFixture();
        HttpJson.Answer answer = post("/api/cypher", """
                {"query": "MATCH (c:Concept {key: $key}) RETURN c, c.name AS name", "params": {"key": "poolformer"}}""");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("columns").toString()).isEqualTo("[\"c\",\"name\"]");
        assertThat(answer.body().path("rows").get(0).path("name").asString()).isEqualTo("PoolFormer");
        assertThat(answer.body().path("rows").get(0).path("c").path("labels").toString()).contains("Architecture");
    }

    @Test
    void create_refusedWith403_andNothingWritten() {
        long before = count("MATCH (n) RETURN count(n)");
        HttpJson.Answer answer = post("/api/cypher", """
                {"query": "CREATE (n:Paper {iri: 'x'}) RETURN n"}""");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().path("detail").asString()).contains("read-only");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    @Test
    void merge_hiddenInASubquery_refused() {
        HttpJson.Answer answer = post("/api/cypher", """
                {"query": "CALL () { MERGE (n:Concept {iri: 'y'}) } RETURN 1"}""");
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void rows_cutAtTheLimit() {
        HttpJson.Answer answer = post("/api/cypher", """
                {"query": "UNWIND range(1, 5000) AS i RETURN i"}""");
        assertThat(answer.body().path("rows").size()).isEqualTo(1000);
        assertThat(answer.body().path("truncated").asBoolean()).isTrue();
    }

    @Test
    void syntaxError_400Problem() {
        HttpJson.Answer answer = post("/api/cypher", """
                {"query": "MATCH (n RETURN n"}""");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("title").asString()).isEqualTo("Bad request");
    }
}
