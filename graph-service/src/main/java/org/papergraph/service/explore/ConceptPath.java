package org.papergraph.service.explore;

import java.util.List;

/**
 * One path between two concepts.
 *
 * @param length the number of hops
 * @param hops the relations walked, in order, each with its evidence
 */
public record ConceptPath(int length, List<Hop> hops) {

    /**
     * One step of a path: from one concept to the next over a relation, which may be walked
     * against its direction ({@code forward} false: the relation says {@code to predicate from}).
     *
     * @param from the id of the concept the step leaves
     * @param fromName its preferred label
     * @param to the id of the concept the step reaches
     * @param toName its preferred label
     * @param forward whether the relation points from {@code from} to {@code to}
     * @param relation the relation with its evidence
     */
    public record Hop(String from, String fromName, String to, String toName, boolean forward, RelationView relation) {}
}
