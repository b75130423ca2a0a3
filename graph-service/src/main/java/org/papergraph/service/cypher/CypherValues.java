package org.papergraph.service.cypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns Driver values into plain Java values that serialise to JSON: a node becomes
 * {@code {elementId, labels, properties}}, a relationship {@code {elementId, type, start, end,
 * properties}}, a path the list of its nodes and relationships; temporal and spatial values
 * become their string form.
 */
final class CypherValues {

    private CypherValues() {}

    static @Nullable Object toJava(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(types.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(types.PATH())) {
            return path(value.asPath());
        }
        if (value.hasType(types.LIST())) {
            return value.asList(CypherValues::toJava);
        }
        if (value.hasType(types.MAP())) {
            return map(value.asMap(CypherValues::toJava));
        }
        if (value.hasType(types.BOOLEAN()) || value.hasType(types.INTEGER()) || value.hasType(types.FLOAT())
                || value.hasType(types.STRING())) {
            return value.asObject();
        }
        return value.toString();
    }

    private static Map<String, @Nullable Object> node(Node n) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("elementId", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        m.put("labels", labels);
        m.put("properties", map(n.asMap(CypherValues::toJava)));
        return m;
    }

    private static Map<String, @Nullable Object> relationship(Relationship r) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("elementId", r.elementId());
        m.put("type", r.type());
        m.put("start", r.startNodeElementId());
        m.put("end", r.endNodeElementId());
        m.put("properties", map(r.asMap(CypherValues::toJava)));
        return m;
    }

    private static List<Object> path(Path p) {
        List<Object> parts = new ArrayList<>();
        parts.add(node(p.start()));
        for (Path.Segment s : p) {
            parts.add(relationship(s.relationship()));
            parts.add(node(s.end()));
        }
        return parts;
    }

    private static Map<String, @Nullable Object> map(Map<String, @Nullable Object> m) {
        return new LinkedHashMap<>(m);
    }
}
