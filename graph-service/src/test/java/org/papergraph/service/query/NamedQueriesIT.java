package org.papergraph.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.queries.NamedQueries;
import org.papergraph.queries.QueryLanguage;
import org.papergraph.service.HttpJson;
import org.papergraph.service.SeedGraphITSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every named query on the seed graph: a hand-checked expectation for at least one case each
 * (checked against the abstracts of examples/trending-papers.txt), and, where a query exists in
 * both languages, the same rows from Cypher on Neo4j and SPARQL on TDB2.
 */
class NamedQueriesIT extends SeedGraphITSupport {

    static final int ALL = 10_000;

    @Autowired
    NamedQueryRunner runner;

    /** One case per query: its name and parameters. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("papers-proposing", Map.of("concept", "PoolFormer")),
                Arguments.of("papers-mentioning", Map.of("concept", "imagenet")),
                Arguments.of("concept-lineage", Map.of("concept", "Versatile Vision Transformer")),
                Arguments.of("concept-descendants", Map.of("concept", "diffusion transformer")),
                Arguments.of("concepts-used-by", Map.of("concept", "MetaFormer")),
                Arguments.of("evaluated-on", Map.of("concept", "super token attention")),
                Arguments.of("concepts-addressing", Map.of("task", "image classification")),
                Arguments.of("leaderboard", Map.of("dataset", "ImageNet")),
                Arguments.of("outperforms", Map.of()),
                Arguments.of("claims-about", Map.of("concept", "poolformer")),
                Arguments.of("co-mentioned", Map.of()),
                Arguments.of("co-mentioned-with", Map.of("concept", "Mamba")),
                Arguments.of("central-concepts", Map.of()),
                Arguments.of("central-concepts", Map.of("type", "dataset")),
                Arguments.of("conflicting-results", Map.of()),
                Arguments.of("relation-evidence", Map.of("concept", "MetaFormer")));
    }

    @Test
    void cases_coverEveryQueryOfTheCatalogue() {
        List<String> covered = cases().map(a -> (String) a.get()[0]).distinct().toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(NamedQueries.load().names());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void bothLanguages_sameRows(String name, Map<String, String> params) {
        NamedQueryResult cypher = runner.run(name, QueryLanguage.CYPHER, Map.copyOf(params), ALL);
        NamedQueryResult sparql = runner.run(name, QueryLanguage.SPARQL, Map.copyOf(params), ALL);
        assertThat(cypher.rows()).as("%s has rows on the seed graph", name).isNotEmpty();
        assertThat(cypher.columns()).isEqualTo(sparql.columns());
        assertThat(normalised(sparql)).as("SPARQL rows of %s equal the Cypher rows", name)
                .containsExactlyInAnyOrderElementsOf(normalised(cypher));
    }

    @Test
    void papersProposing_poolFormer_theMetaFormerPaper() {
        assertThat(column("papers-proposing", Map.of("concept", "poolformer"), "title"))
                .containsExactly("MetaFormer Is Actually What You Need for Vision");
    }

    @Test
    void papersMentioning_imageNet_theThreeVisionPapersAndTheRestatement() {
        assertThat(column("papers-mentioning", Map.of("concept", "ImageNet"), "title")).containsExactlyInAnyOrder(
                "MetaFormer Is Actually What You Need for Vision", "Transformer in Transformer",
                "Vision Transformer with Super Token Sampling", "Revisiting PoolFormer Baselines");
    }

    @Test
    void lineage_isTransitive_andDescendantsInvertIt() {
        assertThat(column("concept-lineage", Map.of("concept", "Versatile Vision Transformer"), "ancestor"))
                .contains("Vision Transformer", "Transformer");
        assertThat(column("concept-descendants", Map.of("concept", "diffusion transformer"), "descendant"))
                .contains("Proxy Token Diffusion Transformer");
        assertThat(column("concept-descendants", Map.of("concept", "Transformer"), "descendant"))
                .contains("Versatile Vision Transformer", "Proxy Token Diffusion Transformer");
    }

    @Test
    void usedByEvaluatedOnAddressing_whatTheAbstractsSay() {
        assertThat(column("concepts-used-by", Map.of("concept", "MetaFormer"), "used"))
                .contains("pooling", "token mixing");
        assertThat(column("evaluated-on", Map.of("concept", "super token attention"), "target"))
                .contains("ImageNet", "COCO", "ADE20K");
        assertThat(column("concepts-addressing", Map.of("task", "image classification"), "source"))
                .contains("Vision Transformer", "CrossFormer");
    }

    @Test
    void leaderboard_imageNet_top1AccuracyBestFirst() {
        NamedQueryResult board = runner.run("leaderboard", QueryLanguage.SPARQL, Map.of("dataset", "ImageNet"), ALL);
        assertThat(board.rows()).extracting(r -> r.get("method"), r -> r.get("metric"), r -> r.get("value"))
                .startsWith(org.assertj.core.groups.Tuple.tuple("super token attention", "top-1 accuracy", 86.4),
                        org.assertj.core.groups.Tuple.tuple("PoolFormer", "top-1 accuracy", 82.1),
                        org.assertj.core.groups.Tuple.tuple("Transformer in Transformer", "top-1 accuracy", 81.5),
                        org.assertj.core.groups.Tuple.tuple("PoolFormer", "top-1 accuracy", 80.3));
        assertThat((String) board.rows().get(1).get("sentence")).contains("PoolFormer achieves 82.1% top-1 accuracy");
    }

    @Test
    void outperforms_pairsFromTheAbstracts() {
        List<String> pairs = runner.run("outperforms", QueryLanguage.CYPHER, Map.of(), ALL).rows().stream()
                .map(r -> r.get("winner") + " > " + r.get("loser")).toList();
        assertThat(pairs).contains("PoolFormer > DeiT-B", "Mamba-3B > Transformer", "CrossFormer > Vision Transformer");
        assertThat(runner.run("outperforms", QueryLanguage.SPARQL, Map.of("minSupport", "2"), ALL).rows())
                .allSatisfy(r -> assertThat(((Number) r.get("support")).intValue()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void claimsAbout_poolFormer_bothValues() {
        assertThat(column("claims-about", Map.of("concept", "PoolFormer"), "value")).contains(82.1, 80.3);
    }

    @Test
    void coMentioned_mambaWithStateSpaceModels_andTransformerInTheTopPairs() {
        assertThat(column("co-mentioned-with", Map.of("concept", "Mamba"), "other"))
                .contains("Transformer", "state space model");
        NamedQueryResult pairs = runner.run("co-mentioned", QueryLanguage.SPARQL, Map.of(), 10);
        assertThat(pairs.rows()).anySatisfy(r -> assertThat(List.of(r.get("first"), r.get("second")))
                .contains("Transformer"));
    }

    @Test
    void centralConcepts_transformerFirst() {
        assertThat(runner.run("central-concepts", QueryLanguage.SPARQL, Map.of(), 1).rows().getFirst().get("concept"))
                .isEqualTo("Transformer");
        assertThat(column("central-concepts", Map.of("type", "Dataset"), "kind")).containsOnly("Dataset");
    }

    @Test
    void conflictingResults_poolFormerOnImageNet_82point1Against80point3() {
        NamedQueryResult conflicts = runner.run("conflicting-results", QueryLanguage.SPARQL, Map.of(), ALL);
        assertThat(conflicts.rows()).extracting(r -> r.get("method"), r -> r.get("dataset"), r -> r.get("value"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PoolFormer", "ImageNet", 82.1),
                        org.assertj.core.groups.Tuple.tuple("PoolFormer", "ImageNet", 80.3));
    }

    @Test
    void relationEvidence_metaFormerUsesPooling_withItsSentence() {
        NamedQueryResult evidence = runner.run("relation-evidence", QueryLanguage.SPARQL,
                Map.of("concept", "MetaFormer"), ALL);
        assertThat(evidence.rows()).anySatisfy(r -> {
            assertThat(r.get("predicate")).isEqualTo("usesMethod");
            assertThat(r.get("object")).isEqualTo("pooling");
            assertThat((String) r.get("sentence")).containsIgnoringCase("pooling");
        });
    }

    @Test
    void http_listRunAndErrors() {
        JsonNode list = HttpJson.get(port, "/api/queries").body();
        assertThat(list.size()).isEqualTo(NamedQueries.load().names().size());
        JsonNode run = HttpJson.get(port, "/api/queries/papers-proposing?concept=PoolFormer&language=cypher").body();
        assertThat(run.path("rows").get(0).path("title").asString())
                .isEqualTo("MetaFormer Is Actually What You Need for Vision");
        HttpJson.Answer posted = HttpJson.post(port, "/api/queries/leaderboard",
                "{\"params\": {\"dataset\": \"ImageNet\"}, \"limit\": 2}");
        assertThat(posted.body().path("rows").size()).isEqualTo(2);
        assertThat(posted.body().path("truncated").asBoolean()).isTrue();
        assertThat(HttpJson.get(port, "/api/queries/leaderboard").status()).isEqualTo(400);
        assertThat(HttpJson.get(port, "/api/queries/nothing").status()).isEqualTo(404);
        assertThat(HttpJson.get(port, "/api/queries/outperforms?minSupport=many").status()).isEqualTo(400);
    }

    private List<@Nullable Object> column(String name, Map<String, String> params, String column) {
        List<@Nullable Object> values = new ArrayList<>();
        runner.run(name, null, Map.copyOf(params), ALL).rows().forEach(r -> values.add(r.get(column)));
        return values;
    }

    /** Rows as text with numbers as doubles, so that 2 (Cypher) and 2 (SPARQL count) compare equal. */
    private static List<String> normalised(NamedQueryResult result) {
        return result.rows().stream().map(row -> {
            StringBuilder text = new StringBuilder();
            for (String column : result.columns()) {
                Object value = row.get(column);
                text.append(column).append('=').append(value instanceof Number n ? Double.toString(n.doubleValue())
                        : String.valueOf(value)).append(" | ");
            }
            return text.toString();
        }).toList();
    }
}
