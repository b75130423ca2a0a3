package org.papergraph.service.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.load.MappedPaper.ClaimNode;
import org.papergraph.service.load.MappedPaper.ConceptNode;
import org.papergraph.service.load.MappedPaper.LinkType;
import org.papergraph.service.load.MappedPaper.PaperLink;
import org.papergraph.service.load.MappedPaper.Relation;
import org.springframework.stereotype.Component;

/**
 * Writes paper graphs to Neo4j as a property graph (the mapping is in the README), with
 * batched {@code UNWIND … MERGE} statements in one managed write transaction per batch, which the
 * Driver retries on transient errors.
 */
@Component
class Neo4jGraphStore implements GraphStore {

    private final Driver driver;

    Neo4jGraphStore(Driver driver) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "neo4j";
    }

    @Override
    public void prepare() {
        try (Session session = driver.session()) {
            for (String statement : Neo4jStatements.SCHEMA) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    @Override
    public void replacePapers(List<PaperGraph> papers) {
        List<MappedPaper> mapped = papers.stream().map(PaperGraphMapper::map).toList();
        List<String> iris = mapped.stream().map(m -> m.paper().iri()).toList();
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                List<String> existing = tx.run(Neo4jStatements.EXISTING_PAPERS, Map.of("iris", iris))
                        .list(r -> r.get("iri").asString());
                if (!existing.isEmpty()) {
                    clear(tx, existing);
                }
                write(tx, mapped);
            });
        }
    }

    /** Deletes what the given papers contributed: claims, links, their evidence, then orphans. */
    private static void clear(TransactionContext tx, List<String> iris) {
        Map<String, Object> params = Map.of("iris", iris);
        tx.run(Neo4jStatements.DELETE_CLAIMS, params).consume();
        tx.run(Neo4jStatements.DELETE_PAPER_LINKS, params).consume();
        tx.run(Neo4jStatements.DELETE_RELATIONS_ONLY_FROM, params).consume();
        tx.run(Neo4jStatements.REMOVE_EVIDENCE_FROM, params).consume();
        tx.run(Neo4jStatements.DELETE_ORPHAN_CONCEPTS).consume();
    }

    private static void write(TransactionContext tx, List<MappedPaper> papers) {
        writeConcepts(tx, papers);
        run(tx, Neo4jStatements.MERGE_PAPERS, papers.stream().map(p -> p.paper().toRow()).toList());
        for (LinkType type : LinkType.values()) {
            run(tx, Neo4jStatements.mergePaperLinks(type), papers.stream().flatMap(p -> p.links().stream())
                    .filter(l -> l.type() == type).map(PaperLink::toRow).toList());
        }
        List<ClaimNode> claims = papers.stream().flatMap(p -> p.claims().stream()).toList();
        run(tx, Neo4jStatements.MERGE_CLAIMS, claims.stream().map(ClaimNode::toRow).toList());
        for (ClaimLinkType type : ClaimLinkType.values()) {
            run(tx, Neo4jStatements.mergeClaimLinks(type), claims.stream().flatMap(c -> c.links().stream()
                    .filter(l -> l.type() == type).map(l -> Map.<String, Object>of("claim", c.iri(), "concept", l.concept())))
                    .toList());
        }
        for (RelationType type : RelationType.values()) {
            run(tx, Neo4jStatements.mergeRelations(type), papers.stream().flatMap(p -> p.relations().stream())
                    .filter(r -> r.type() == type).map(Relation::toRow).toList());
        }
    }

    /** Writes each concept once per batch, with the aliases of all papers in it. */
    private static void writeConcepts(TransactionContext tx, List<MappedPaper> papers) {
        Map<String, ConceptNode> byIri = new LinkedHashMap<>();
        for (MappedPaper paper : papers) {
            for (ConceptNode c : paper.concepts()) {
                byIri.merge(c.iri(), c, (a, b) -> new ConceptNode(a.iri(), a.key(), a.kind(), a.name(),
                        List.copyOf(new LinkedHashSet<>(concat(a.aliases(), b.aliases())))));
            }
        }
        Map<ConceptKind, List<Map<String, Object>>> byKind = byIri.values().stream().collect(Collectors.groupingBy(
                ConceptNode::kind, Collectors.mapping(ConceptNode::toRow, Collectors.toList())));
        byKind.forEach((kind, rows) -> run(tx, Neo4jStatements.mergeConcepts(kind), rows));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(statement, Map.of("rows", rows)).consume();
        }
    }
}
