package org.papergraph.service.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.papergraph.extractor.RelationType;

/** Reads the whole concept graph from Neo4j in one read transaction. */
final class ConceptGraphReader {

    private static final String CONCEPTS = """
            MATCH (c:Concept)
            RETURN c.iri AS iri, c.key AS key, coalesce(c.name, c.key) AS name, coalesce(c.kind, 'Concept') AS kind,
                   coalesce(c.aliases, []) AS aliases, COUNT { (c)<-[:MENTIONS]-(:Paper) } AS papers
            """;
    private static final String PAPER_TITLES = "MATCH (p:Paper) RETURN p.iri AS iri, p.title AS title";
    private static final String RELATIONS = """
            MATCH (s:Concept)-[r]->(o:Concept)
            RETURN s.iri AS subject, type(r) AS type, o.iri AS object, properties(r) AS props
            """;

    private final Driver driver;

    ConceptGraphReader(Driver driver) {
        this.driver = driver;
    }

    ConceptGraph read() {
        try (Session session = driver.session()) {
            return session.executeRead(this::read);
        }
    }

    private ConceptGraph read(TransactionContext tx) {
        List<ConceptSummary> concepts = tx.run(CONCEPTS).list(ConceptGraphReader::concept);
        Map<String, String> titles = new HashMap<>();
        tx.run(PAPER_TITLES).forEachRemaining(r -> titles.put(r.get("iri").asString(), r.get("title").asString("")));
        List<RelationEdge> edges = new ArrayList<>();
        tx.run(RELATIONS).forEachRemaining(r -> edges.add(edge(r, titles)));
        return new ConceptGraph(concepts, edges);
    }

    static ConceptSummary concept(Record r) {
        return new ConceptSummary(r.get("key").asString(), r.get("iri").asString(), r.get("name").asString(),
                r.get("kind").asString(), r.get("aliases").asList(Value::asString), r.get("papers").asLong());
    }

    static RelationEdge edge(Record r, Map<String, String> titles) {
        Map<String, Value> props = r.get("props").asMap(v -> v);
        return new RelationEdge(r.get("subject").asString(), RelationType.valueOf(r.get("type").asString()),
                r.get("object").asString(), props.containsKey("support") ? props.get("support").asInt() : 0,
                EvidenceLists.read(props, titles::get));
    }
}
