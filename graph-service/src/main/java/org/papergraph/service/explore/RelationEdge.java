package org.papergraph.service.explore;

import java.util.List;
import org.papergraph.extractor.RelationType;

/**
 * One relationship of the concept graph with its evidence. Edges compare by identity, as
 * JGraphT needs for multigraphs.
 */
public final class RelationEdge {

    private final String subject;
    private final RelationType type;
    private final String object;
    private final int support;
    private final List<Evidence> evidence;

    RelationEdge(String subject, RelationType type, String object, int support, List<Evidence> evidence) {
        this.subject = subject;
        this.type = type;
        this.object = object;
        this.support = support;
        this.evidence = List.copyOf(evidence);
    }

    /** Returns the subject concept's IRI. */
    public String subject() {
        return subject;
    }

    /** Returns the relation type. */
    public RelationType type() {
        return type;
    }

    /** Returns the object concept's IRI. */
    public String object() {
        return object;
    }

    /** Returns how many papers support the relation. */
    public int support() {
        return support;
    }

    /** Returns one entry per sentence that states the relation. */
    public List<Evidence> evidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return subject + " " + type + " " + object;
    }
}
