package org.papergraph.service.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.Pseudograph;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.explore.ConceptPath.Hop;

/**
 * Finds the k shortest loopless paths between two concepts with Yen's algorithm (JGraphT's
 * {@link YenShortestPathIterator}, which yields paths shortest first), ignoring the direction of relations (a path may go from a model
 * to the dataset it is evaluated on and on to another model evaluated there).
 */
final class PathFinder {

    private PathFinder() {}

    /**
     * Returns up to {@code k} simple paths of at most {@code maxLength} hops, shortest first,
     * over relations of the given types (all when empty), each hop with at most {@code maxEvidence}
     * entries of evidence.
     */
    static List<ConceptPath> find(ConceptGraph graph, ConceptSummary from, ConceptSummary to, int k, int maxLength,
            Set<RelationType> predicates, int maxEvidence) {
        if (from.iri().equals(to.iri())) {
            return List.of(new ConceptPath(0, List.of()));
        }
        Graph<String, RelationEdge> view = predicates.isEmpty() ? graph.undirected()
                : new MaskSubgraph<>(graph.undirected(), v -> false, e -> !predicates.contains(e.type()));
        GraphPath<String, RelationEdge> shortest =
                BidirectionalDijkstraShortestPath.findPathBetween(view, from.iri(), to.iri());
        if (shortest == null || shortest.getLength() > maxLength) {
            return List.of();
        }
        List<GraphPath<String, RelationEdge>> found = ShortPathEnumeration.find(view, from.iri(), to.iri(), k,
                maxLength, shortest.getLength());
        if (found != null) {
            return found.stream().map(path -> toPath(graph, path, maxEvidence)).toList();
        }
        Graph<String, RelationEdge> near = copyOf(view, verticesOnShortWalks(view, from.iri(), to.iri(), maxLength));
        List<ConceptPath> paths = new ArrayList<>();
        YenShortestPathIterator<String, RelationEdge> shortestFirst =
                new YenShortestPathIterator<>(near, from.iri(), to.iri());
        while (paths.size() < k && shortestFirst.hasNext()) {
            GraphPath<String, RelationEdge> path = shortestFirst.next();
            if (path.getLength() > maxLength) {
                break;
            }
            paths.add(toPath(graph, path, maxEvidence));
        }
        return paths;
    }

    /**
     * Returns the vertices {@code v} with {@code d(from, v) + d(v, to) <= maxLength}: only they can
     * lie on a path short enough, so Yen's repeated Dijkstra runs on this (usually small) subgraph
     * instead of the whole concept graph. Two breadth-first searches, each stopped at
     * {@code maxLength} hops; {@link #find} calls this only once a bidirectional search has shown
     * that a short enough path exists, which settles far-apart pairs in about a millisecond.
     */
    static Set<String> verticesOnShortWalks(Graph<String, RelationEdge> graph, String from, String to, int maxLength) {
        Map<String, Integer> fromDistance = distances(graph, from, maxLength);
        Map<String, Integer> toDistance = distances(graph, to, maxLength);
        Set<String> near = new HashSet<>();
        fromDistance.forEach((v, d) -> {
            Integer rest = toDistance.get(v);
            if (rest != null && d + rest <= maxLength) {
                near.add(v);
            }
        });
        return near;
    }

    /**
     * Copies the subgraph induced by {@code vertices}: Yen calls {@code edgesOf} again and again,
     * and a filtering view would scan all of a hub's relations each time.
     */
    private static Graph<String, RelationEdge> copyOf(Graph<String, RelationEdge> graph, Set<String> vertices) {
        Pseudograph<String, RelationEdge> copy = new Pseudograph<>(null, null, false);
        vertices.forEach(copy::addVertex);
        for (String v : vertices) {
            for (RelationEdge e : graph.edgesOf(v)) {
                String w = Graphs.getOppositeVertex(graph, e, v);
                if (vertices.contains(w) && !copy.containsEdge(e)) {
                    copy.addEdge(v, w, e);
                }
            }
        }
        return copy;
    }

    static Map<String, Integer> distances(Graph<String, RelationEdge> graph, String start, int maxDepth) {
        Map<String, Integer> distance = new HashMap<>();
        distance.put(start, 0);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = distance.get(v);
            if (d < maxDepth) {
                for (RelationEdge e : graph.edgesOf(v)) {
                    String w = Graphs.getOppositeVertex(graph, e, v);
                    if (distance.putIfAbsent(w, d + 1) == null) {
                        queue.add(w);
                    }
                }
            }
        }
        return distance;
    }

    private static ConceptPath toPath(ConceptGraph graph, GraphPath<String, RelationEdge> path, int maxEvidence) {
        List<String> vertices = path.getVertexList();
        List<RelationEdge> edges = path.getEdgeList();
        List<Hop> hops = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            ConceptSummary a = graph.concept(vertices.get(i)).orElseThrow();
            ConceptSummary b = graph.concept(vertices.get(i + 1)).orElseThrow();
            RelationEdge e = edges.get(i);
            hops.add(new Hop(a.id(), a.name(), b.id(), b.name(), e.subject().equals(a.iri()), RelationView.of(e, graph, maxEvidence)));
        }
        return new ConceptPath(hops.size(), hops);
    }
}
