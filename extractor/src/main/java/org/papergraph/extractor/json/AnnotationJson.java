package org.papergraph.extractor.json;

import org.papergraph.extractor.Claim;
import org.papergraph.extractor.Entity;
import org.papergraph.extractor.Evidence;
import org.papergraph.extractor.Mention;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.Relation;
import org.papergraph.extractor.rdf.PaperQuads;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a paper annotation as one JSON line in the gold format, plus extra fields: the paper's
 * IRI and id, each entity's concept IRI and mention spans, each relation's and claim's evidence.
 *
 * <p>Field order is fixed, so equal annotations give equal lines. Thread-safe.
 */
public final class AnnotationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnnotationJson() {}

    /** Returns the paper as one line of JSON, without a line break. */
    public static String toLine(PaperAnnotation paper) {
        ObjectNode root = MAPPER.createObjectNode();
        if (paper.record().id() != null) {
            root.put("id", paper.record().id());
        }
        root.put("iri", PaperQuads.paperIri(paper.record()));
        root.put("title", paper.record().title());
        ArrayNode entities = root.putArray("entities");
        paper.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode relations = root.putArray("relations");
        paper.relations().forEach(r -> relations.add(relation(r)));
        ArrayNode claims = root.putArray("claims");
        paper.claims().forEach(c -> claims.add(claim(c)));
        return MAPPER.writeValueAsString(root);
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", e.name());
        node.put("type", e.type().label());
        node.put("proposed", e.proposed());
        ArrayNode aliases = node.putArray("aliases");
        e.aliases().forEach(aliases::add);
        node.put("iri", e.conceptIri());
        ArrayNode mentions = node.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode mention = evidence(m.evidence());
            mention.put("text", m.surface());
            mentions.add(mention);
        }
        return node;
    }

    private static ObjectNode relation(Relation r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("subject", r.subject());
        node.put("predicate", r.type().predicate());
        node.put("object", r.object());
        node.set("evidence", evidence(r.evidence()));
        return node;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("sentence", c.sentence());
        node.put("kind", c.quantitative() ? "quantitative" : "qualitative");
        putIfPresent(node, "subject", c.subject());
        putIfPresent(node, "metric", c.metric());
        putIfPresent(node, "value", c.value());
        putIfPresent(node, "dataset", c.dataset());
        if (!c.comparedTo().isEmpty()) {
            ArrayNode compared = node.putArray("comparedTo");
            c.comparedTo().forEach(compared::add);
        }
        if (c.number() != null) {
            node.put("number", c.number());
        }
        putIfPresent(node, "unit", c.unit());
        node.set("evidence", evidence(c.evidence()));
        return node;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("sentence", e.sentenceIndex());
        node.put("begin", e.begin());
        node.put("end", e.end());
        node.put("rule", e.rule());
        node.put("confidence", e.confidence());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
