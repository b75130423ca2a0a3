package org.papergraph.service.load;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.load.MappedPaper.LinkType;

/**
 * The Cypher the Neo4j store runs. Labels and relationship types come from enums, never from
 * input, so formatting them into statements is safe; all values are parameters.
 */
final class Neo4jStatements {

    /** Unique {@code iri} on every node (all concepts carry {@code Concept}), plus look-up keys. */
    static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT paper_iri IF NOT EXISTS FOR (n:Paper) REQUIRE n.iri IS UNIQUE",
            "CREATE CONSTRAINT concept_iri IF NOT EXISTS FOR (n:Concept) REQUIRE n.iri IS UNIQUE",
            "CREATE CONSTRAINT claim_iri IF NOT EXISTS FOR (n:Claim) REQUIRE n.iri IS UNIQUE",
            "CREATE INDEX paper_key IF NOT EXISTS FOR (n:Paper) ON (n.key)",
            "CREATE INDEX concept_key IF NOT EXISTS FOR (n:Concept) ON (n.key)");

    static final String EXISTING_PAPERS = "MATCH (p:Paper) WHERE p.iri IN $iris RETURN p.iri AS iri";

    static final String DELETE_CLAIMS = "MATCH (p:Paper)-[:HAS_CLAIM]->(c:Claim) WHERE p.iri IN $iris DETACH DELETE c";

    static final String DELETE_PAPER_LINKS =
            "MATCH (p:Paper)-[r:PROPOSES|MENTIONS]->(:Concept) WHERE p.iri IN $iris DELETE r";

    static final String DELETE_RELATIONS_ONLY_FROM =
            "MATCH (:Concept)-[r]->(:Concept) WHERE all(p IN r.papers WHERE p IN $iris) DELETE r";

    /** Drops the given papers' entries from the evidence lists, keeping the lists aligned. */
    static final String REMOVE_EVIDENCE_FROM = """
            MATCH (:Concept)-[r]->(:Concept) WHERE any(p IN r.papers WHERE p IN $iris)
            WITH r, [i IN range(0, size(r.papers) - 1) WHERE NOT r.papers[i] IN $iris] AS keep
            SET r.papers = [i IN keep | r.papers[i]],
                r.assertions = [i IN keep | r.assertions[i]],
                r.sentences = [i IN keep | r.sentences[i]],
                r.sentenceIndexes = [i IN keep | r.sentenceIndexes[i]],
                r.fields = [i IN keep | r.fields[i]],
                r.begins = [i IN keep | r.begins[i]],
                r.ends = [i IN keep | r.ends[i]],
                r.confidences = [i IN keep | r.confidences[i]],
                r.extractedBy = [i IN keep | r.extractedBy[i]]
            WITH r
            SET r.support = size(reduce(seen = [], p IN r.papers | CASE WHEN p IN seen THEN seen ELSE seen + p END))
            """;

    static final String DELETE_ORPHAN_CONCEPTS = "MATCH (c:Concept) WHERE NOT (c)--() DELETE c";

    static final String MERGE_PAPERS = "UNWIND $rows AS row MERGE (p:Paper {iri: row.iri}) SET p = row";

    static final String MERGE_CLAIMS = """
            UNWIND $rows AS row
            MATCH (p:Paper {iri: row.paper})
            MERGE (c:Claim {iri: row.iri})
            SET c = row.props
            MERGE (p)-[:HAS_CLAIM]->(c)
            """;

    private Neo4jStatements() {}

    /** Upserts concepts of one kind: sets its label, drops the other kinds' labels, unions aliases. */
    static String mergeConcepts(ConceptKind kind) {
        String others = Arrays.stream(ConceptKind.values()).filter(k -> k != kind)
                .map(ConceptKind::label).collect(Collectors.joining(":"));
        return """
                UNWIND $rows AS row
                MERGE (c:Concept {iri: row.iri})
                SET c:%s, c.key = row.key, c.kind = row.kind, c.name = row.name,
                    c.aliases = reduce(acc = coalesce(c.aliases, []), a IN row.aliases |
                        CASE WHEN a IN acc THEN acc ELSE acc + a END)
                REMOVE c:%s
                """.formatted(kind.label(), others);
    }

    static String mergePaperLinks(LinkType type) {
        return """
                UNWIND $rows AS row
                MATCH (p:Paper {iri: row.paper})
                MERGE (c:Concept {iri: row.concept})
                MERGE (p)-[r:%s]->(c)
                SET r.count = row.count, r.surfaceForms = row.surfaceForms
                """.formatted(type.name());
    }

    static String mergeClaimLinks(ClaimLinkType type) {
        return """
                UNWIND $rows AS row
                MATCH (c:Claim {iri: row.claim})
                MERGE (k:Concept {iri: row.concept})
                MERGE (c)-[:%s]->(k)
                """.formatted(type.name());
    }

    /** Upserts relations of one type and appends this batch's evidence to its lists. */
    static String mergeRelations(RelationType type) {
        return """
                UNWIND $rows AS row
                MERGE (s:Concept {iri: row.subject})
                MERGE (o:Concept {iri: row.object})
                MERGE (s)-[r:%s]->(o)
                SET r.papers = coalesce(r.papers, []) + row.papers,
                    r.assertions = coalesce(r.assertions, []) + row.assertions,
                    r.sentences = coalesce(r.sentences, []) + row.sentences,
                    r.sentenceIndexes = coalesce(r.sentenceIndexes, []) + row.sentenceIndexes,
                    r.fields = coalesce(r.fields, []) + row.fields,
                    r.begins = coalesce(r.begins, []) + row.begins,
                    r.ends = coalesce(r.ends, []) + row.ends,
                    r.confidences = coalesce(r.confidences, []) + row.confidences,
                    r.extractedBy = coalesce(r.extractedBy, []) + row.extractedBy
                WITH r
                SET r.support = size(reduce(seen = [], p IN r.papers | CASE WHEN p IN seen THEN seen ELSE seen + p END))
                """.formatted(type.name());
    }
}
