package org.papergraph.service.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.RelationType;

/**
 * One paper's named graph mapped to property-graph rows: the paper node, the concepts it
 * describes, its links to them, its claims and the relations it supports, each with evidence.
 * The {@code toRow()} methods give the Cypher parameters (null values left out).
 *
 * @param paper the paper node
 * @param concepts the concepts described in the paper's graph
 * @param links paper-to-concept links ({@code PROPOSES}, {@code MENTIONS})
 * @param claims the paper's claims
 * @param relations concept-to-concept relations with this paper's evidence
 */
record MappedPaper(
        PaperNode paper,
        List<ConceptNode> concepts,
        List<PaperLink> links,
        List<ClaimNode> claims,
        List<Relation> relations) {

    /** A {@code :Paper} node. */
    record PaperNode(String iri, String key, @Nullable String identifier, String title,
            @Nullable String abstractText, List<String> authors, List<String> subjects, @Nullable String date) {

        Map<String, Object> toRow() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("iri", iri);
            row.put("key", key);
            putIfPresent(row, "identifier", identifier);
            row.put("title", title);
            putIfPresent(row, "abstract", abstractText);
            row.put("authors", authors);
            row.put("subjects", subjects);
            putIfPresent(row, "date", date);
            return row;
        }
    }

    /** A {@code :Concept} node with its kind's label. */
    record ConceptNode(String iri, String key, ConceptKind kind, String name, List<String> aliases) {

        Map<String, Object> toRow() {
            return Map.of("iri", iri, "key", key, "kind", kind.label(), "name", name, "aliases", aliases);
        }
    }

    /** The kind of a paper-to-concept link. */
    enum LinkType { PROPOSES, MENTIONS }

    /** A paper-to-concept link; for {@code MENTIONS}, how often and in which forms. */
    record PaperLink(String paper, String concept, LinkType type, int count, List<String> surfaceForms) {

        Map<String, Object> toRow() {
            return Map.of("paper", paper, "concept", concept, "count", count, "surfaceForms", surfaceForms);
        }
    }

    /** A {@code :Claim} node with its links to concepts. */
    record ClaimNode(String iri, String paper, String kind, String text, @Nullable String valueText,
            @Nullable Double value, @Nullable String unit, Evidence evidence, List<ClaimLink> links) {

        Map<String, Object> toRow() {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("iri", iri);
            props.put("paper", paper);
            props.put("kind", kind);
            props.put("text", text);
            putIfPresent(props, "valueText", valueText);
            putIfPresent(props, "value", value);
            putIfPresent(props, "unit", unit);
            props.put("sentence", evidence.sentence());
            props.put("sentenceIndex", evidence.sentenceIndex());
            props.put("field", evidence.field());
            props.put("begin", evidence.begin());
            props.put("end", evidence.end());
            props.put("confidence", evidence.confidence());
            props.put("extractedBy", evidence.extractedBy());
            return Map.of("paper", paper, "iri", iri, "props", props);
        }
    }

    /** A link from a claim to a concept. */
    record ClaimLink(ClaimLinkType type, String concept) {}

    /** A concept-to-concept relation and the evidence this paper gives for it. */
    record Relation(String subject, RelationType type, String object, List<Evidence> evidence) {

        Map<String, Object> toRow() {
            return Map.ofEntries(Map.entry("subject", subject), Map.entry("object", object),
                    Map.entry("papers", evidence.stream().map(Evidence::paper).toList()),
                    Map.entry("assertions", evidence.stream().map(Evidence::assertion).toList()),
                    Map.entry("sentences", evidence.stream().map(Evidence::sentence).toList()),
                    Map.entry("sentenceIndexes", evidence.stream().map(Evidence::sentenceIndex).toList()),
                    Map.entry("fields", evidence.stream().map(Evidence::field).toList()),
                    Map.entry("begins", evidence.stream().map(Evidence::begin).toList()),
                    Map.entry("ends", evidence.stream().map(Evidence::end).toList()),
                    Map.entry("confidences", evidence.stream().map(Evidence::confidence).toList()),
                    Map.entry("extractedBy", evidence.stream().map(Evidence::extractedBy).toList()));
        }
    }

    /**
     * Where a statement comes from. Neo4j lists hold no nulls, so an unknown string is
     * {@code ""} and an unknown number is {@code -1}.
     */
    record Evidence(String paper, String assertion, String sentence, int sentenceIndex, String field,
            int begin, int end, double confidence, String extractedBy) {}

    private static void putIfPresent(Map<String, Object> row, String key, @Nullable Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
