package org.papergraph.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.papergraph.service.SeedGraphITSupport;

/** A real SPARQL client against the running service: Jena's QueryExecutionHTTP and RDFConnection. */
class SparqlClientIT extends SeedGraphITSupport {

    static final String PG = "PREFIX pg: <https://papergraph.org/ontology#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    @Test
    void queryExecutionHttp_selectOverTheUnionOfPapers() {
        Query query = QueryFactory.create(PG + "SELECT ?title { ?p pg:proposes ?c . ?c skos:prefLabel 'PoolFormer' . "
                + "?p <http://purl.org/dc/terms/title> ?title }");
        List<String> titles = new ArrayList<>();
        try (QueryExecution execution = QueryExecutionHTTP.service(baseUrl() + "/sparql").query(query).build()) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(row -> titles.add(row.getLiteral("title").getString()));
        }
        assertThat(titles).containsExactly("MetaFormer Is Actually What You Need for Vision");
    }

    @Test
    void rdfConnection_askConstructAndGetAndPostModes() {
        try (RDFConnection connection = RDFConnectionRemote.service(baseUrl()).queryEndpoint("sparql").build()) {
            assertThat(connection.queryAsk(PG + "ASK { ?p a pg:Paper }")).isTrue();
            Model papers = connection.queryConstruct(PG + "CONSTRUCT { ?p a pg:Paper } WHERE { ?p a pg:Paper }");
            assertThat(papers.size()).isEqualTo(63);
            long[] count = new long[1];
            connection.querySelect(PG + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a pg:Architecture }",
                    row -> count[0] = row.getLiteral("n").getLong());
            assertThat(count[0]).isPositive();
        }
        try (QueryExecution post = QueryExecutionHTTP.service(baseUrl() + "/sparql").postQuery()
                .query(PG + "ASK { ?c skos:prefLabel 'Mamba' }").build()) {
            assertThat(post.execAsk()).isTrue();
        }
    }
}
