package org.papergraph.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.papergraph.service.ServiceITSupport;

/**
 * The query cases of the W3C SPARQL 1.1 Protocol tests ({@code sparql11/protocol/manifest.ttl}:
 * query_get, query_post_form, query_post_direct, query_dataset_*, query_multiple_dataset,
 * query_content_type_*, bad_query_*), with the three-paper fixture's graphs in place of the
 * suite's data files; plus our own: union default graph, format parameter, update refused,
 * timeout.
 */
class SparqlProtocolIT extends ServiceITSupport {

    static final String A = "https://papergraph.org/id/paper/2503.11677";
    static final String B = "https://papergraph.org/id/paper/2401.00001";
    static final String C = "https://papergraph.org/id/paper/2402.00002";
    static final String PG = "PREFIX pg: <https://papergraph.org/ontology#> ";

    SparqlHttp http;

    @BeforeEach
    void load() {
        loadFixture();
        http = new SparqlHttp(port);
    }

    @Test
    @DisplayName("query_get: GET ?query= answers 200 with SPARQL JSON results")
    void queryGet() {
        SparqlHttp.Response r = http.get("ASK {}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/sparql-results+json");
        assertThat(ask(r)).isTrue();
    }

    @Test
    @DisplayName("query_post_form: POST application/x-www-form-urlencoded")
    void queryPostForm() {
        SparqlHttp.Response r = http.send("POST", "", "application/x-www-form-urlencoded",
                "query=" + SparqlHttp.encode("ASK {}"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(ask(r)).isTrue();
    }

    @Test
    @DisplayName("query_post_direct: POST application/sparql-query")
    void queryPostDirect() {
        SparqlHttp.Response r = http.send("POST", "", "application/sparql-query", "ASK {}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(ask(r)).isTrue();
    }

    @Test
    @DisplayName("query_dataset_default_graph(s): default-graph-uri limits the default graph")
    void queryDatasetDefaultGraphs() {
        assertThat(ask(http.send("POST", "?default-graph-uri=" + SparqlHttp.encode(A), "application/sparql-query",
                "ASK { <" + A + "> ?p ?o }"))).isTrue();
        assertThat(ask(http.send("POST", "?default-graph-uri=" + SparqlHttp.encode(B), "application/sparql-query",
                "ASK { <" + A + "> ?p ?o }"))).isFalse();
        assertThat(ask(http.send("POST", "?default-graph-uri=" + SparqlHttp.encode(A) + "&default-graph-uri="
                + SparqlHttp.encode(B), "application/sparql-query",
                "ASK { <" + A + "> ?p ?o . <" + B + "> ?q ?x }"))).isTrue();
        assertThat(ask(http.getRaw("?query=" + SparqlHttp.encode("ASK { <" + A + "> ?p ?o }")
                + "&default-graph-uri=" + SparqlHttp.encode(B)))).as("GET").isFalse();
    }

    @Test
    @DisplayName("query_dataset_named_graphs: named-graph-uri gives exactly those named graphs")
    void queryDatasetNamedGraphs() {
        SparqlHttp.Response r = http.send("POST", "?named-graph-uri=" + SparqlHttp.encode(A) + "&named-graph-uri="
                + SparqlHttp.encode(B), "application/sparql-query", "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }");
        assertThat(column(r, "g")).containsExactlyInAnyOrder(A, B);
    }

    @Test
    @DisplayName("query_dataset_full: default and named graphs together")
    void queryDatasetFull() {
        SparqlHttp.Response r = http.send("POST", "?default-graph-uri=" + SparqlHttp.encode(C) + "&named-graph-uri="
                + SparqlHttp.encode(A) + "&named-graph-uri=" + SparqlHttp.encode(B), "application/sparql-query",
                PG + "SELECT DISTINCT ?x ?g { ?x a pg:Paper GRAPH ?g { ?s a pg:Paper } }");
        assertThat(column(r, "x")).containsOnly(C);
        assertThat(column(r, "g")).containsExactlyInAnyOrder(A, B);
    }

    @Test
    @DisplayName("query_multiple_dataset: the protocol's dataset wins over the query's FROM")
    void queryMultipleDataset() {
        String query = "ASK FROM <" + A + "> { <" + A + "> ?p ?o }";
        assertThat(ask(http.send("POST", "", "application/sparql-query", query))).as("FROM alone").isTrue();
        assertThat(ask(http.send("POST", "?default-graph-uri=" + SparqlHttp.encode(B), "application/sparql-query",
                query))).isFalse();
    }

    @Test
    @DisplayName("query_content_type_select: JSON, XML, CSV and TSV by Accept or format")
    void queryContentTypeSelect() {
        String query = "SELECT (1 AS ?value) {}";
        assertThat(http.get(query, "Accept", "application/sparql-results+xml").contentType())
                .startsWith("application/sparql-results+xml");
        assertThat(http.get(query, "Accept", "text/csv").body()).isEqualTo("value\r\n1\r\n");
        assertThat(http.get(query, "Accept", "text/tab-separated-values").contentType())
                .startsWith("text/tab-separated-values");
        assertThat(http.get(query, "Accept", "text/html;q=0.9, application/sparql-results+json").contentType())
                .startsWith("application/sparql-results+json");
        assertThat(http.getRaw("?format=csv&query=" + SparqlHttp.encode(query)).contentType()).startsWith("text/csv");
        assertThat(http.getRaw("?format=xml&query=" + SparqlHttp.encode(query), "Accept", "text/csv").contentType())
                .as("format wins over Accept").startsWith("application/sparql-results+xml");
        assertThat(http.get(query, "Accept", "image/png").status()).isEqualTo(406);
    }

    @Test
    @DisplayName("query_content_type_ask: JSON or XML")
    void queryContentTypeAsk() {
        SparqlHttp.Response xml = http.get("ASK {}", "Accept", "application/sparql-results+xml");
        assertThat(xml.contentType()).startsWith("application/sparql-results+xml");
        assertThat(ResultSetMgr.readBoolean(new java.io.ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML)).isTrue();
    }

    @Test
    @DisplayName("query_content_type_describe and _construct: Turtle, N-Triples, JSON-LD, RDF/XML")
    void queryContentTypeGraphs() {
        String construct = PG + "CONSTRUCT { ?p a pg:Paper } WHERE { ?p a pg:Paper }";
        assertThat(graph(http.get(construct), Lang.TURTLE).size()).isEqualTo(3);
        assertThat(graph(http.get(construct, "Accept", "application/n-triples"), Lang.NTRIPLES).size()).isEqualTo(3);
        assertThat(graph(http.get(construct, "Accept", "application/ld+json"), Lang.JSONLD).size()).isEqualTo(3);
        assertThat(graph(http.get(construct, "Accept", "application/rdf+xml"), Lang.RDFXML).size()).isEqualTo(3);
        SparqlHttp.Response describe = http.get("DESCRIBE <" + A + ">");
        assertThat(describe.contentType()).startsWith("text/turtle");
        assertThat(graph(describe, Lang.TURTLE).size()).isPositive();
        assertThat(http.getRaw("?format=csv&query=" + SparqlHttp.encode(construct)).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("bad_query_method: PUT is not a query")
    void badQueryMethod() {
        assertThat(http.send("PUT", "?query=" + SparqlHttp.encode("ASK {}"), null, null).status()).isEqualTo(405);
    }

    @Test
    @DisplayName("bad_multiple_queries: two query parameters")
    void badMultipleQueries() {
        SparqlHttp.Response r = http.getRaw("?query=" + SparqlHttp.encode("ASK {}") + "&query="
                + SparqlHttp.encode("SELECT * {}"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("bad_query_wrong_media_type, bad_query_non_utf8: 415")
    void badMediaTypes() {
        assertThat(http.send("POST", "", "text/plain", "ASK {}").status()).isEqualTo(415);
        assertThat(http.send("POST", "", "application/sparql-query; charset=UTF-16", "ASK {}",
                StandardCharsets.UTF_16).status()).isEqualTo(415);
    }

    @Test
    @DisplayName("bad_query_missing_form_type, bad_query_missing_direct_type: a body without a type is no query")
    void badMissingTypes() {
        assertThat(http.send("POST", "", null, "query=" + SparqlHttp.encode("ASK {}")).status()).isEqualTo(400);
        assertThat(http.send("POST", "", null, "ASK {}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("bad_query_syntax: 400 with the parser's message")
    void badQuerySyntax() {
        SparqlHttp.Response r = http.getRaw("?query=ASK%20%7B");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("does not parse").contains("line 1");
    }

    @Test
    void update_refusedWith403_byParameterTypeOrText() {
        assertThat(http.send("POST", "", "application/sparql-update", "CLEAR ALL").status()).isEqualTo(403);
        assertThat(http.send("POST", "", "application/x-www-form-urlencoded", "update=CLEAR%20ALL").status())
                .isEqualTo(403);
        assertThat(http.get("INSERT DATA { <urn:a> <urn:b> <urn:c> }").status()).isEqualTo(403);
        assertThat(ask(http.get("ASK { <urn:a> ?p ?o }"))).isFalse();
    }

    @Test
    void defaultGraph_isTheUnionOfThePapers_andTheOntologyHasItsGraph() {
        SparqlHttp.Response papers = http.get(PG + "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pg:Paper }", "Accept",
                "text/csv");
        assertThat(papers.body()).isEqualTo("n\r\n3\r\n");
        assertThat(ask(http.get("PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                + "ASK { GRAPH <https://papergraph.org/ontology> { <https://papergraph.org/ontology> a owl:Ontology } }")))
                .isTrue();
    }

    @Test
    void timeout_endsTheQueryWith504_andTheServiceStaysUp() {
        long start = System.nanoTime();
        SparqlHttp.Response slow = http.getRaw("?timeout=0.5&query=" + SparqlHttp.encode(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
        assertThat(slow.status()).isEqualTo(504);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(http.get("ASK {}").status()).isEqualTo(200);
    }

    private static boolean ask(SparqlHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ResultSetMgr.readBoolean(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    private static Set<String> column(SparqlHttp.Response r, String var) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        Set<String> values = new HashSet<>();
        rs.forEachRemaining(row -> values.add(row.get(var).toString()));
        return values;
    }

    private static Model graph(SparqlHttp.Response r, Lang lang) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(model);
        return model;
    }
}
