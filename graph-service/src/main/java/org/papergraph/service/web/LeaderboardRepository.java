package org.papergraph.service.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.papergraph.service.load.ClaimLinkType;
import org.papergraph.service.web.Leaderboard.ClaimRow;
import org.papergraph.service.web.Leaderboard.ConceptRef;
import org.springframework.stereotype.Repository;

/** Reads the quantitative claims that refer to a concept in a given role, most confident first. */
@Repository
class LeaderboardRepository {

    // The role is an enum constant's name, never user text, so it is safe to format into the query.
    private static final String CLAIMS = """
            MATCH (:Concept {iri: $iri})<-[:%s]-(c:Claim)<-[:HAS_CLAIM]-(p:Paper)
            WHERE c.kind = 'quantitative' AND c.value IS NOT NULL
            WITH c, p ORDER BY coalesce(c.confidence, 0) DESC, p.key, c.iri LIMIT $limit
            RETURN c.valueText AS valueText, c.value AS value, c.unit AS unit, coalesce(c.sentence, c.text, '') AS sentence,
                   c.confidence AS confidence, p.key AS paper, coalesce(p.title, '') AS paperTitle,
                   head([(c)-[:CLAIM_SUBJECT]->(k:Concept) | [k.key, coalesce(k.name, k.key)]]) AS subject,
                   head([(c)-[:CLAIM_METRIC]->(k:Concept) | [k.key, coalesce(k.name, k.key)]]) AS metric,
                   head([(c)-[:CLAIM_DATASET]->(k:Concept) | [k.key, coalesce(k.name, k.key)]]) AS dataset
            """;

    private final Driver driver;

    LeaderboardRepository(Driver driver) {
        this.driver = driver;
    }

    /** Returns at most {@code limit} claims that link to the concept by {@code role}. */
    List<ClaimRow> findClaims(String conceptIri, ClaimLinkType role, int limit) {
        String query = CLAIMS.formatted(role.name());
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("iri", conceptIri, "limit", limit))
                    .list(LeaderboardRepository::claim));
        }
    }

    private static ClaimRow claim(Record r) {
        double value = r.get("value").asDouble();
        Value valueText = r.get("valueText");
        return new ClaimRow(concept(r.get("subject")), concept(r.get("metric")), concept(r.get("dataset")),
                valueText.isNull() ? String.valueOf(value) : valueText.asString(), value, text(r.get("unit")),
                r.get("paper").asString(), r.get("paperTitle").asString(), r.get("sentence").asString(),
                r.get("confidence").isNull() || r.get("confidence").asDouble() < 0 ? null : r.get("confidence").asDouble());
    }

    private static @Nullable ConceptRef concept(Value pair) {
        return pair.isNull() ? null : new ConceptRef(pair.get(0).asString(), pair.get(1).asString());
    }

    private static @Nullable String text(Value v) {
        return v.isNull() || v.asString().isBlank() ? null : v.asString();
    }
}
