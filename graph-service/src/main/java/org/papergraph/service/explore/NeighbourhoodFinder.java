package org.papergraph.service.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.explore.Neighbourhood.RankedConcept;
import org.papergraph.service.load.ConceptKind;

/**
 * Finds ego graphs on a {@link ConceptGraph} snapshot, following relations either way. The
 * running time is linear in the size of the ego graph.
 */
final class NeighbourhoodFinder {

    private NeighbourhoodFinder() {}

    /**
     * Returns the concepts within {@code depth} hops of {@code center} over relations of the given
     * types (all when empty), reaching only concepts of the given kinds (all when empty), keeping the
     * {@code limit} best ranked, with every relation among the kept concepts (each with at most
     * {@code maxEvidence} entries of evidence).
     */
    static Neighbourhood find(ConceptGraph graph, ConceptSummary center, int depth, int limit,
            Set<RelationType> predicates, Set<ConceptKind> types, Ranking ranking, int maxEvidence) {
        Map<String, Integer> distance = reach(graph, center.iri(), depth, predicates, types);
        List<RankedConcept> ranked = new ArrayList<>();
        distance.forEach((iri, d) -> ranked.add(new RankedConcept(graph.concept(iri).orElseThrow(), d,
                ranking.score(graph, iri))));
        ranked.sort(Comparator.comparing((RankedConcept r) -> r.distance() > 0)
                .thenComparing(Comparator.comparingDouble(RankedConcept::score).reversed())
                .thenComparing(r -> r.concept().name()));
        List<RankedConcept> kept = ranked.subList(0, Math.min(limit, ranked.size()));
        Set<String> keptIris = new HashSet<>();
        kept.forEach(r -> keptIris.add(r.concept().iri()));
        List<RelationView> edges = new ArrayList<>();
        for (String iri : keptIris) {
            for (RelationEdge e : graph.graph().outgoingEdgesOf(iri)) {
                if (keptIris.contains(e.object()) && allowed(e, predicates)) {
                    edges.add(RelationView.of(e, graph, maxEvidence));
                }
            }
        }
        edges.sort(Comparator.comparingInt(RelationView::support).reversed().thenComparing(RelationView::subject)
                .thenComparing(RelationView::predicate).thenComparing(RelationView::object));
        return new Neighbourhood(center, depth, ranking, List.copyOf(kept), edges, ranked.size() > kept.size());
    }

    /** Breadth-first search, ignoring direction; returns each reached concept's distance. */
    private static Map<String, Integer> reach(ConceptGraph graph, String start, int depth,
            Set<RelationType> predicates, Set<ConceptKind> types) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(start, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = distance.get(v);
            if (d == depth) {
                continue;
            }
            for (RelationEdge e : graph.undirected().edgesOf(v)) {
                String other = e.subject().equals(v) ? e.object() : e.subject();
                if (allowed(e, predicates) && !distance.containsKey(other) && kindAllowed(graph, other, types)) {
                    distance.put(other, d + 1);
                    queue.add(other);
                }
            }
        }
        return distance;
    }

    private static boolean allowed(RelationEdge e, Set<RelationType> predicates) {
        return predicates.isEmpty() || predicates.contains(e.type());
    }

    private static boolean kindAllowed(ConceptGraph graph, String iri, Set<ConceptKind> types) {
        return types.isEmpty() || graph.concept(iri)
                .map(c -> types.stream().anyMatch(k -> k.label().equals(c.type()))).orElse(false);
    }
}
