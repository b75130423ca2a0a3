package org.papergraph.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NamedQueriesTest {

    static final Path SOURCES = Path.of("src/main/resources/queries");

    static Stream<NamedQuery> sparqlQueries() {
        return NamedQueries.load().all().stream().filter(q -> q.language() == QueryLanguage.SPARQL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sparqlQueries")
    @DisplayName("every .rq parses as SPARQL 1.1 and uses each parameter as a variable")
    void sparql_parses(NamedQuery query) {
        Query parsed = QueryFactory.create(query.text(), Syntax.syntaxSPARQL_11);
        assertThat(parsed.isSelectType()).isTrue();
        for (QueryParameter p : query.parameters()) {
            assertThat(query.text()).as("?%s in %s", p.name(), query.name()).contains("?" + p.name());
            assertThat(parsed.getResultVars()).as("a parameter is not a result column").doesNotContain(p.name());
        }
    }

    @Test
    void catalogue_hasAtLeastTwelveQueries_mostInBothLanguages() {
        NamedQueries catalogue = NamedQueries.load();
        assertThat(catalogue.names()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(catalogue.names()).filteredOn(n -> catalogue.languages(n).size() == 2)
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void catalogue_listsExactlyTheFilesInTheSourceTree() throws IOException {
        List<String> files;
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            files = paths.filter(Files::isRegularFile).map(p -> SOURCES.relativize(p).toString())
                    .filter(p -> !p.equals("catalogue.txt")).sorted().toList();
        }
        List<String> listed = NamedQueries.load().all().stream()
                .map(q -> q.language().label() + "/" + q.name() + q.language().extension()).sorted().toList();
        assertThat(listed).isEqualTo(files);
    }

    @Test
    void bothLanguages_sameParametersAndDescription() {
        NamedQueries catalogue = NamedQueries.load();
        for (String name : catalogue.names()) {
            var cypher = catalogue.find(name, QueryLanguage.CYPHER);
            var sparql = catalogue.find(name, QueryLanguage.SPARQL);
            if (cypher.isPresent() && sparql.isPresent()) {
                assertThat(cypher.get().parameters()).as(name).isEqualTo(sparql.get().parameters());
                assertThat(cypher.get().description()).as(name).isEqualTo(sparql.get().description());
                cypher.get().parameters().forEach(p -> assertThat(cypher.get().text()).contains("$" + p.name()));
            }
        }
    }

    @Test
    void bind_defaultsFilledAndTyped() {
        NamedQuery outperforms = NamedQueries.load().preferred("outperforms");
        assertThat(outperforms.bind(Map.of())).containsEntry("minSupport", 1L);
        assertThat(outperforms.bind(Map.of("minSupport", "3"))).containsEntry("minSupport", 3L);
    }

    @Test
    void bind_missingUnknownOrMalformed_saysWhich() {
        NamedQuery proposing = NamedQueries.load().preferred("papers-proposing");
        assertThatThrownBy(() -> proposing.bind(Map.of())).hasMessageContaining("'concept' is required");
        assertThatThrownBy(() -> proposing.bind(Map.of("concept", "x", "nope", "y")))
                .hasMessageContaining("no parameter nope");
        assertThatThrownBy(() -> NamedQueries.load().preferred("outperforms").bind(Map.of("minSupport", "many")))
                .hasMessageContaining("'many' is not an integer");
    }

    @Test
    void preferred_unknownName_listsTheCatalogue() {
        assertThatThrownBy(() -> NamedQueries.load().preferred("nothing"))
                .hasMessageContaining("no named query 'nothing'").hasMessageContaining("leaderboard");
    }

    @Test
    void parse_headerWithoutReturns_refused() {
        assertThatThrownBy(() -> QueryFileParser.parse("x.rq", QueryLanguage.SPARQL, "# name: x\nSELECT * {}"))
                .hasMessageContaining("no 'returns:' line");
        assertThatThrownBy(() -> QueryFileParser.parse("x.rq", QueryLanguage.SPARQL,
                "# name: x\n# param: concept string oops\n# returns: y\nSELECT * {}"))
                .hasMessageContaining("a 'param:' line reads");
    }
}
