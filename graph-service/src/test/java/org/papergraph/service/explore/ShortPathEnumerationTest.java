package org.papergraph.service.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.RelationType;

class ShortPathEnumerationTest {

    @Test
    void find_randomGraphs_sameLengthsAsYen_simpleAndConnected() {
        Random random = new Random(42);
        for (int round = 0; round < 30; round++) {
            Graph<String, RelationEdge> g = randomGraph(random, 40, 90);
            String from = "v" + random.nextInt(40);
            String to = "v" + random.nextInt(40);
            GraphPath<String, RelationEdge> shortest = BidirectionalDijkstraShortestPath.findPathBetween(g, from, to);
            if (from.equals(to) || shortest == null || shortest.getLength() > 4) {
                continue;
            }
            List<GraphPath<String, RelationEdge>> found = ShortPathEnumeration.find(g, from, to, 3, 4,
                    shortest.getLength());
            assertThat(found).isNotNull();
            assertThat(found).extracting(GraphPath::getLength).isEqualTo(yenLengths(g, from, to, 3, 4));
            for (GraphPath<String, RelationEdge> path : found) {
                assertThat(path.getStartVertex()).isEqualTo(from);
                assertThat(path.getEndVertex()).isEqualTo(to);
                assertThat(path.getVertexList()).doesNotHaveDuplicates();
                for (int i = 0; i < path.getLength(); i++) {
                    RelationEdge e = path.getEdgeList().get(i);
                    assertThat(List.of(g.getEdgeSource(e), g.getEdgeTarget(e)))
                            .containsExactlyInAnyOrder(path.getVertexList().get(i), path.getVertexList().get(i + 1));
                }
            }
            assertThat(found).extracting(GraphPath::getEdgeList).doesNotHaveDuplicates();
        }
    }

    private static List<Integer> yenLengths(Graph<String, RelationEdge> g, String from, String to, int k, int max) {
        List<Integer> lengths = new ArrayList<>();
        YenShortestPathIterator<String, RelationEdge> yen = new YenShortestPathIterator<>(g, from, to);
        while (lengths.size() < k && yen.hasNext()) {
            int length = yen.next().getLength();
            if (length > max) {
                break;
            }
            lengths.add(length);
        }
        return lengths;
    }

    private static Graph<String, RelationEdge> randomGraph(Random random, int vertices, int edges) {
        Pseudograph<String, RelationEdge> g = new Pseudograph<>(null, null, false);
        for (int i = 0; i < vertices; i++) {
            g.addVertex("v" + i);
        }
        RelationType[] types = RelationType.values();
        for (int i = 0; i < edges; i++) {
            String a = "v" + random.nextInt(vertices);
            String b = "v" + random.nextInt(vertices);
            g.addEdge(a, b, new RelationEdge(a, types[random.nextInt(types.length)], b, 1, List.of()));
        }
        return g;
    }
}
