package org.papergraph.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.service.CheckCommand;
import org.papergraph.service.HttpJson;
import org.papergraph.service.SeedGraphITSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code papergraph check} on the seed graph: Neo4j and TDB2 agree after one load and after a second. */
class StoreCheckIT extends SeedGraphITSupport {

    @Autowired
    StoreComparison comparison;

    @Test
    void seed_loadedOnceAndTwice_zeroDifferences() {
        StoreComparison.Report first = comparison.compare();
        assertThat(first.differences()).isEmpty();
        assertThat(first.counts()).filteredOn(c -> c.name().equals("papers"))
                .singleElement().satisfies(c -> assertThat(c.neo4j()).isEqualTo(63));
        assertThat(first.counts()).filteredOn(c -> c.name().equals("statements: pg:mentions"))
                .singleElement().satisfies(c -> assertThat(c.neo4j()).isGreaterThan(500));

        loader.load(seed());
        StoreComparison.Report second = comparison.compare();
        assertThat(second.differences()).isEmpty();
        assertThat(second.counts()).isEqualTo(first.counts());
    }

    @Test
    void checkEndpoint_andCommandWithUrl_reportTheSame() throws Exception {
        JsonNode report = HttpJson.get(port, "/api/check").body();
        assertThat(report.path("sparqlStore").asString()).startsWith("TDB2 at ");
        assertThat(report.path("counts").size()).isEqualTo(comparison.compare().counts().size());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int status;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            status = new picocli.CommandLine(new CheckCommand()).execute("--url", baseUrl());
        } finally {
            System.setOut(stdout);
        }
        assertThat(status).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("0 differences");
    }
}
