package org.papergraph.service.paper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.explore.Evidence;
import org.papergraph.service.explore.EvidenceLists;
import org.papergraph.service.explore.RelationView;
import org.papergraph.service.load.GraphIds;
import org.papergraph.service.paper.PaperDetail.ClaimLinkView;
import org.papergraph.service.paper.PaperDetail.ClaimView;
import org.papergraph.service.paper.PaperDetail.ConceptRef;
import org.springframework.stereotype.Repository;

/** Reads papers from Neo4j. */
@Repository
class PaperRepository {

    private static final String COUNT = "MATCH (p:Paper) RETURN count(p) AS c";
    private static final String LIST = "MATCH (p:Paper) RETURN p ORDER BY p.key SKIP $offset LIMIT $limit";
    private static final String ONE = "MATCH (p:Paper {key: $key}) RETURN p";
    private static final String CONCEPTS = """
            MATCH (:Paper {key: $key})-[r:PROPOSES|MENTIONS]->(c:Concept)
            RETURN type(r) AS link, c.key AS id, coalesce(c.name, c.key) AS name, coalesce(c.kind, '') AS type,
                   coalesce(r.count, 0) AS mentions, coalesce(r.surfaceForms, []) AS surfaceForms
            ORDER BY mentions DESC, name
            """;
    private static final String CLAIMS = """
            MATCH (:Paper {key: $key})-[:HAS_CLAIM]->(c:Claim)
            RETURN c AS claim, [(c)-[l]->(k:Concept) | [type(l), k.key, coalesce(k.name, k.key)]] AS links
            ORDER BY c.sentenceIndex, c.iri
            """;
    private static final String RELATIONS = """
            MATCH (p:Paper {key: $key})-[:PROPOSES|MENTIONS]->(s:Concept)
            WITH DISTINCT p, s
            MATCH (s)-[r]->(o:Concept) WHERE p.iri IN r.papers
            RETURN s.key AS subject, s.name AS subjectName, type(r) AS type, o.key AS object, o.name AS objectName,
                   properties(r) AS props, p.iri AS paper, p.title AS title
            ORDER BY s.name, type, o.name
            """;

    private final Driver driver;

    PaperRepository(Driver driver) {
        this.driver = driver;
    }

    long count() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(COUNT).single().get("c").asLong());
        }
    }

    List<PaperSummary> list(int offset, int limit) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST, Map.of("offset", offset, "limit", limit))
                    .list(r -> summary(r.get("p"))));
        }
    }

    Optional<PaperDetail> detail(String key) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> detail(tx, key));
        }
    }

    private static Optional<PaperDetail> detail(TransactionContext tx, String key) {
        Map<String, Object> params = Map.of("key", key);
        List<Record> found = tx.run(ONE, params).list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Value p = found.getFirst().get("p");
        List<Record> concepts = tx.run(CONCEPTS, params).list();
        List<ConceptRef> proposes = concepts.stream().filter(r -> r.get("link").asString().equals("PROPOSES"))
                .map(PaperRepository::concept).toList();
        List<ConceptRef> mentions = concepts.stream().filter(r -> r.get("link").asString().equals("MENTIONS"))
                .map(PaperRepository::concept).toList();
        List<ClaimView> claims = tx.run(CLAIMS, params).list(PaperRepository::claim);
        List<RelationView> relations = tx.run(RELATIONS, params).list(r -> relation(r, key));
        return Optional.of(new PaperDetail(summary(p), text(p, "abstract"), proposes, mentions, claims, relations));
    }

    static PaperSummary summary(Value p) {
        return new PaperSummary(p.get("key").asString(), p.get("iri").asString(), p.get("title").asString(""),
                text(p, "date"), p.get("authors").asList(Value::asString, List.of()),
                p.get("subjects").asList(Value::asString, List.of()));
    }

    private static ConceptRef concept(Record r) {
        return new ConceptRef(r.get("id").asString(), r.get("name").asString(), r.get("type").asString(),
                r.get("mentions").asLong(), r.get("surfaceForms").asList(Value::asString));
    }

    private static ClaimView claim(Record r) {
        Value c = r.get("claim");
        List<ClaimLinkView> links = r.get("links").asList(l -> new ClaimLinkView(l.get(0).asString(),
                l.get(1).asString(), l.get(2).asString()));
        return new ClaimView(c.get("iri").asString(), c.get("kind").asString(""), c.get("text").asString(""),
                text(c, "valueText"), c.get("value").isNull() ? null : c.get("value").asDouble(), text(c, "unit"),
                text(c, "sentence"), c.get("confidence").isNull() || c.get("confidence").asDouble() < 0 ? null
                        : c.get("confidence").asDouble(), links);
    }

    private static RelationView relation(Record r, String paperKey) {
        Map<String, String> titles = new HashMap<>();
        titles.put(r.get("paper").asString(), r.get("title").asString(""));
        RelationType type = RelationType.valueOf(r.get("type").asString());
        Map<String, Value> props = r.get("props").asMap(v -> v);
        List<Evidence> evidence = EvidenceLists.read(props, titles::get).stream()
                .filter(e -> e.paper().equals(paperKey)).toList();
        return new RelationView(r.get("subject").asString(), r.get("subjectName").asString(), type.predicate(),
                type.name(), r.get("object").asString(), r.get("objectName").asString(),
                props.containsKey("support") ? props.get("support").asInt() : 0, evidence, evidence.size());
    }

    private static @Nullable String text(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asString();
    }

    static String iriOf(String key) {
        return GraphIds.paperIri(key);
    }
}
