package org.papergraph.service.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.papergraph.service.explore.ConceptPath.Hop;
import org.papergraph.service.load.RelationType;

/**
 * Finds the k shortest loopless paths between two concepts with Yen's algorithm (JGraphT's
 * {@link YenShortestPathIterator}, which yields paths shortest first), ignoring the direction of relations (a path may go from a model
 * to the dataset it is evaluated on and on to another model evaluated there).
 */
final class PathFinder {

    private PathFinder() {}

    /**
     * Returns up to {@code k} simple paths of at most {@code maxLength} hops, shortest first,
     * over relations of the given types (all when empty).
     */
    static List<ConceptPath> find(ConceptGraph graph, ConceptSummary from, ConceptSummary to, int k, int maxLength,
            Set<RelationType> predicates) {
        if (from.iri().equals(to.iri())) {
            return List.of(new ConceptPath(0, List.of()));
        }
        Graph<String, RelationEdge> view = new AsUndirectedGraph<>(predicates.isEmpty() ? graph.graph()
                : new MaskSubgraph<>(graph.graph(), v -> false, e -> !predicates.contains(e.type())));
        List<ConceptPath> paths = new ArrayList<>();
        YenShortestPathIterator<String, RelationEdge> shortestFirst =
                new YenShortestPathIterator<>(view, from.iri(), to.iri());
        while (paths.size() < k && shortestFirst.hasNext()) {
            GraphPath<String, RelationEdge> path = shortestFirst.next();
            if (path.getLength() > maxLength) {
                break;
            }
            paths.add(toPath(graph, path));
        }
        return paths;
    }

    private static ConceptPath toPath(ConceptGraph graph, GraphPath<String, RelationEdge> path) {
        List<String> vertices = path.getVertexList();
        List<RelationEdge> edges = path.getEdgeList();
        List<Hop> hops = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            ConceptSummary a = graph.concept(vertices.get(i)).orElseThrow();
            ConceptSummary b = graph.concept(vertices.get(i + 1)).orElseThrow();
            RelationEdge e = edges.get(i);
            hops.add(new Hop(a.id(), a.name(), b.id(), b.name(), e.subject().equals(a.iri()), RelationView.of(e, graph)));
        }
        return new ConceptPath(hops.size(), hops);
    }
}
