package org.papergraph.service.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Service;

/**
 * Compares the two stores the loader writes, count by count: papers, concepts (and each kind),
 * claims (and each kind), mentions, relation evidence, and statements per predicate. Each count
 * is one Cypher and one SPARQL query over what the load mapping (graph-service/README.md) says
 * must agree; a difference means the stores have drifted apart.
 */
@Service
public class StoreComparison {

    private static final String PREFIXES = """
            PREFIX pg: <https://papergraph.org/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    private static final String KINDS = "pg:Method pg:Architecture pg:Task pg:Dataset pg:Metric";
    private static final String RELATIONS =
            "pg:instanceOf pg:basedOn pg:usesMethod pg:addresses pg:evaluatedOn pg:outperforms pg:comparedWith";
    private static final String RELATION_TYPES =
            "INSTANCE_OF|BASED_ON|USES_METHOD|ADDRESSES|EVALUATED_ON|OUTPERFORMS|COMPARED_WITH";

    private final Driver driver;
    private final SparqlQueryService sparql;

    StoreComparison(Driver driver, SparqlQueryService sparql) {
        this.driver = driver;
        this.sparql = sparql;
    }

    /**
     * One count in both stores.
     *
     * @param name what is counted
     * @param neo4j the count in Neo4j
     * @param sparql the count in the SPARQL store
     */
    public record Count(String name, long neo4j, long sparql) {

        /** Tells whether the stores agree on this count. */
        public boolean agrees() {
            return neo4j == sparql;
        }
    }

    /**
     * The comparison.
     *
     * @param sparqlStore where the SPARQL store is
     * @param counts every count, in a fixed order
     */
    public record Report(String sparqlStore, List<Count> counts) {

        /** Returns the counts on which the stores disagree. */
        public List<Count> differences() {
            return counts.stream().filter(c -> !c.agrees()).toList();
        }
    }

    /** Counts everything in both stores. Read-only; the cost is a few full scans of each store. */
    public Report compare() {
        List<Count> counts = new ArrayList<>();
        for (Check check : checks()) {
            counts.add(new Count(check.name(), neo4j(check.cypher()), sparql(check.sparql())));
        }
        return new Report(sparql.store().describe(), counts);
    }

    private record Check(String name, String cypher, String sparql) {}

    private static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("papers", "MATCH (p:Paper) RETURN count(p)", "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pg:Paper }"));
        checks.add(new Check("concepts", "MATCH (c:Concept) RETURN count(c)",
                "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a ?k VALUES ?k { " + KINDS + " } }"));
        for (String kind : List.of("Method", "Architecture", "Task", "Dataset", "Metric")) {
            checks.add(new Check("concepts: " + kind, "MATCH (c:" + kind + ") RETURN count(c)",
                    "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a pg:" + kind + " }"));
        }
        checks.add(new Check("claims", "MATCH (c:Claim) RETURN count(c)",
                "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?p pg:hasClaim ?c }"));
        checks.add(new Check("claims: quantitative", "MATCH (c:Claim {kind: 'quantitative'}) RETURN count(c)",
                "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a pg:QuantitativeClaim }"));
        checks.add(new Check("claims: qualitative", "MATCH (c:Claim {kind: 'qualitative'}) RETURN count(c)",
                "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a pg:QualitativeClaim }"));
        checks.add(new Check("mentions", "MATCH (:Paper)-[r:MENTIONS]->(:Concept) RETURN coalesce(sum(r.count), 0)",
                "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a pg:Mention ; pg:denotes ?c }"));
        checks.add(new Check("relation evidence (assertions)", "MATCH (:Concept)-[r:" + RELATION_TYPES
                + "]->(:Concept) UNWIND r.assertions AS a WITH a WHERE a <> '' RETURN count(a)",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a a pg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; "
                        + "rdf:object ?o . ?s ?p ?o } VALUES ?p { " + RELATIONS + " } }"));
        checks.add(new Check("relation support (statement, paper)", "MATCH (:Concept)-[r:" + RELATION_TYPES
                + "]->(:Concept) RETURN coalesce(sum(r.support), 0)",
                "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } VALUES ?p { "
                        + RELATIONS + " } } }"));
        statements(checks, "proposes", "(:Paper)-[r:PROPOSES]->(:Concept)");
        statements(checks, "mentions", "(:Paper)-[r:MENTIONS]->(:Concept)");
        statements(checks, "hasClaim", "(:Paper)-[r:HAS_CLAIM]->(:Claim)");
        statements(checks, "claimSubject", "(:Claim)-[r:CLAIM_SUBJECT]->(:Concept)");
        statements(checks, "claimMetric", "(:Claim)-[r:CLAIM_METRIC]->(:Concept)");
        statements(checks, "claimDataset", "(:Claim)-[r:CLAIM_DATASET]->(:Concept)");
        statements(checks, "comparedTo", "(:Claim)-[r:COMPARED_TO]->(:Concept)");
        for (String relation : RELATIONS.split(" ")) {
            String local = relation.substring(3);
            String type = local.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
            statements(checks, local, "(:Concept)-[r:" + type + "]->(:Concept)");
        }
        return checks;
    }

    /** Distinct (subject, object) pairs of a predicate across papers: one relationship each in Neo4j. */
    private static void statements(List<Check> checks, String predicate, String pattern) {
        checks.add(new Check("statements: pg:" + predicate, "MATCH " + pattern + " RETURN count(r)",
                "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { ?s pg:" + predicate + " ?o } }"));
    }

    private long neo4j(String cypher) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }

    private long sparql(String text) {
        Query query = QueryFactory.create(PREFIXES + text);
        return sparql.run(query, null, sparql.timeout(null), execution -> {
            QuerySolution row = execution.execSelect().next();
            return row.getLiteral("n").getLong();
        });
    }
}
