package org.papergraph.service.explore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.papergraph.extractor.RelationType;
import org.springframework.stereotype.Repository;

/** Relation pattern queries in Cypher, best supported first. */
@Repository
class RelationRepository {

    private static final String FIND = """
            MATCH (s:Concept)-[r]->(o:Concept)
            WHERE ($subject IS NULL OR s.iri = $subject) AND ($object IS NULL OR o.iri = $object)
              AND ($type IS NULL OR type(r) = $type)
            WITH s, r, o ORDER BY r.support DESC, s.name, type(r), o.name LIMIT $limit
            RETURN s.key AS subject, s.name AS subjectName, type(r) AS type, o.key AS object, o.name AS objectName,
                   properties(r) AS props
            """;
    private static final String TITLES = "MATCH (p:Paper) WHERE p.iri IN $iris RETURN p.iri AS iri, p.title AS title";

    private final Driver driver;

    RelationRepository(Driver driver) {
        this.driver = driver;
    }

    List<RelationView> find(@Nullable String subjectIri, @Nullable RelationType type, @Nullable String objectIri, int limit,
            int maxEvidence) {
        Map<String, Object> params = new HashMap<>();
        params.put("subject", subjectIri);
        params.put("object", objectIri);
        params.put("type", type == null ? null : type.name());
        params.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<Record> found = tx.run(FIND, params).list();
                Set<String> papers = new HashSet<>();
                found.forEach(r -> papers.addAll(r.get("props").get("papers").asList(Value::asString, List.of())));
                Map<String, String> titles = new HashMap<>();
                tx.run(TITLES, Map.of("iris", List.copyOf(papers)))
                        .forEachRemaining(t -> titles.put(t.get("iri").asString(), t.get("title").asString("")));
                return found.stream().map(r -> view(r, titles, maxEvidence)).toList();
            });
        }
    }

    private static RelationView view(Record r, Map<String, String> titles, int maxEvidence) {
        Map<String, Value> props = r.get("props").asMap(v -> v);
        RelationType type = RelationType.valueOf(r.get("type").asString());
        List<Evidence> evidence = EvidenceLists.read(props, titles::get);
        return new RelationView(r.get("subject").asString(), r.get("subjectName").asString(), type.predicate(),
                type.name(), r.get("object").asString(), r.get("objectName").asString(),
                props.containsKey("support") ? props.get("support").asInt() : 0,
                RelationView.mostConfident(evidence, maxEvidence), evidence.size());
    }
}
