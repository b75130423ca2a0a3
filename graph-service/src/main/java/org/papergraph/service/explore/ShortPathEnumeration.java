package org.papergraph.service.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.graph.GraphWalk;
import org.jspecify.annotations.Nullable;

/**
 * The k shortest simple paths of an unweighted graph by depth-first enumeration, length by
 * length from the shortest: a step to {@code w} is taken only when {@code w} is close enough to
 * the target to end a path of the length sought (distances from one breadth-first search from
 * the target), so almost every step leads to a path. Between two hubs, where Yen's algorithm
 * runs its Dijkstra searches over most of the graph, the first k paths come after a few hundred
 * steps. Paths of one length come in no particular order. The enumeration gives up after a
 * fixed number of steps (many near-misses, as when few paths exist and the graph is dense) and
 * returns null, so the caller can fall back to Yen.
 */
final class ShortPathEnumeration {

    /** Steps after which the enumeration gives up. */
    static final int MAX_STEPS = 200_000;

    private final Graph<String, RelationEdge> graph;
    private final String to;
    private final Map<String, Integer> toDistance;
    private final int k;
    private final List<String> vertices = new ArrayList<>();
    private final List<RelationEdge> edges = new ArrayList<>();
    private final Set<String> onPath = new HashSet<>();
    private final List<GraphPath<String, RelationEdge>> found = new ArrayList<>();
    private int steps;

    private ShortPathEnumeration(Graph<String, RelationEdge> graph, String to, Map<String, Integer> toDistance, int k) {
        this.graph = graph;
        this.to = to;
        this.toDistance = toDistance;
        this.k = k;
    }

    /**
     * Returns up to {@code k} simple paths from {@code from} to {@code to} of at most
     * {@code maxLength} edges, shortest first, given that the shortest has {@code shortest}
     * edges; null when the step budget ran out first.
     */
    static @Nullable List<GraphPath<String, RelationEdge>> find(Graph<String, RelationEdge> graph, String from,
            String to, int k, int maxLength, int shortest) {
        ShortPathEnumeration enumeration = new ShortPathEnumeration(graph, to,
                PathFinder.distances(graph, to, maxLength - 1), k);
        enumeration.vertices.add(from);
        enumeration.onPath.add(from);
        for (int length = shortest; length <= maxLength && enumeration.found.size() < k; length++) {
            if (!enumeration.extend(from, length)) {
                return null;
            }
        }
        return enumeration.found;
    }

    /** Extends the current path from {@code v} by exactly {@code remaining} edges to the target; false when out of steps. */
    private boolean extend(String v, int remaining) {
        if (remaining == 0) {
            if (v.equals(to)) {
                found.add(new GraphWalk<>(graph, vertices.getFirst(), to, List.copyOf(vertices), List.copyOf(edges),
                        edges.size()));
            }
            return true;
        }
        for (RelationEdge e : graph.edgesOf(v)) {
            if (found.size() >= k) {
                return true;
            }
            if (++steps > MAX_STEPS) {
                return false;
            }
            String w = Graphs.getOppositeVertex(graph, e, v);
            Integer d = toDistance.get(w);
            if (d == null || d > remaining - 1 || onPath.contains(w) || (w.equals(to) && remaining > 1)) {
                continue;
            }
            vertices.add(w);
            edges.add(e);
            onPath.add(w);
            boolean more = extend(w, remaining - 1);
            onPath.remove(w);
            edges.removeLast();
            vertices.removeLast();
            if (!more) {
                return false;
            }
        }
        return true;
    }
}
