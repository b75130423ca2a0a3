package org.papergraph.service.concept;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.papergraph.service.concept.ConceptDetail.ClaimRef;
import org.papergraph.service.concept.ConceptDetail.PaperRef;
import org.papergraph.service.concept.ConceptDetail.RelationCounts;
import org.papergraph.service.explore.ConceptSummary;
import org.springframework.stereotype.Repository;

/** Reads a concept's papers, claims and relation counts from Neo4j. */
@Repository
class ConceptRepository {

    private static final String PROPOSED_BY = """
            MATCH (p:Paper)-[:PROPOSES]->(:Concept {iri: $iri}) RETURN p.key AS id, p.title AS title, 0 AS mentions
            ORDER BY p.key
            """;
    private static final String MENTIONED_BY = """
            MATCH (p:Paper)-[m:MENTIONS]->(:Concept {iri: $iri})
            RETURN p.key AS id, p.title AS title, coalesce(m.count, 0) AS mentions
            ORDER BY mentions DESC, p.key LIMIT 100
            """;
    private static final String CLAIMS = """
            MATCH (p:Paper)-[:HAS_CLAIM]->(c:Claim)-[r]->(:Concept {iri: $iri})
            RETURN c.iri AS iri, p.key AS paper, type(r) AS role, c.kind AS kind, c.text AS text, c.valueText AS valueText
            ORDER BY p.key, c.iri LIMIT 100
            """;
    private static final String RELATION_COUNTS = """
            MATCH (c:Concept {iri: $iri})
            RETURN COUNT { (c)-[]->(:Concept) } AS outgoing, COUNT { (c)<-[]-(:Concept) } AS incoming
            """;

    private final Driver driver;

    ConceptRepository(Driver driver) {
        this.driver = driver;
    }

    ConceptDetail detail(ConceptSummary concept) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> detail(tx, concept));
        }
    }

    private static ConceptDetail detail(TransactionContext tx, ConceptSummary concept) {
        Map<String, Object> params = Map.of("iri", concept.iri());
        List<PaperRef> proposedBy = tx.run(PROPOSED_BY, params).list(ConceptRepository::paper);
        List<PaperRef> mentionedBy = tx.run(MENTIONED_BY, params).list(ConceptRepository::paper);
        List<ClaimRef> claims = tx.run(CLAIMS, params).list(r -> new ClaimRef(r.get("iri").asString(),
                r.get("paper").asString(), r.get("role").asString(), r.get("kind").asString(""),
                r.get("text").asString(""), r.get("valueText").isNull() ? null : r.get("valueText").asString()));
        Record counts = tx.run(RELATION_COUNTS, params).single();
        return new ConceptDetail(concept, proposedBy, mentionedBy, claims,
                new RelationCounts(counts.get("outgoing").asLong(), counts.get("incoming").asLong()));
    }

    private static PaperRef paper(Record r) {
        return new PaperRef(r.get("id").asString(), r.get("title").asString(""), r.get("mentions").asLong());
    }
}
