package org.papergraph.service.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jspecify.annotations.Nullable;

/** Typed look-ups on a Jena graph: the first value of a property, all values, typed subjects. */
final class GraphReader {

    private final Graph graph;

    GraphReader(Graph graph) {
        this.graph = graph;
    }

    List<Triple> find(@Nullable Node s, @Nullable Node p, @Nullable Node o) {
        return graph.find(orAny(s), orAny(p), orAny(o)).toList();
    }

    Optional<Node> node(Node s, Node p) {
        return find(s, p, null).stream().map(Triple::getObject).findFirst();
    }

    List<Node> nodes(Node s, Node p) {
        return find(s, p, null).stream().map(Triple::getObject).filter(Node::isURI).sorted(
                java.util.Comparator.comparing(Node::getURI)).toList();
    }

    Optional<String> string(Node s, Node p) {
        return node(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    List<String> strings(Node s, Node p) {
        List<String> values = new ArrayList<>();
        for (Triple t : find(s, p, null)) {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject().getLiteralLexicalForm());
            }
        }
        values.sort(null);
        return values;
    }

    Optional<Integer> integer(Node s, Node p) {
        return string(s, p).flatMap(GraphReader::parseInt);
    }

    Optional<Double> number(Node s, Node p) {
        return string(s, p).flatMap(GraphReader::parseDouble);
    }

    boolean hasType(Node s, Node type) {
        return graph.contains(s, Terms.TYPE, type);
    }

    List<Node> subjectsOfType(Node type) {
        return find(null, Terms.TYPE, type).stream().map(Triple::getSubject).toList();
    }

    private static Node orAny(@Nullable Node n) {
        return n == null ? Node.ANY : n;
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> parseDouble(String s) {
        try {
            return Optional.of(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
