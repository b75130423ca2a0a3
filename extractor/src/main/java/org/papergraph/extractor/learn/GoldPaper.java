package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.eval.Normalizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paper's gold annotation in the GOLD-FORMAT, as training reads it.
 *
 * @param id the paper's id, or null
 * @param title the title
 * @param entities the annotated entities
 * @param relations the annotated relations
 * @param claims the annotated claims
 * @param line the JSON line it was read from
 */
public record GoldPaper(@Nullable String id, String title, List<Ent> entities, List<Rel> relations, List<Clm> claims,
        String line) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** An annotated entity with its normal forms (name and aliases). */
    public record Ent(String name, String type, boolean proposed, Set<String> forms) {}

    /** An annotated relation between entity names. */
    public record Rel(String subject, String predicate, String object) {}

    /** An annotated claim. */
    public record Clm(String sentence, boolean quantitative, @Nullable String value) {}

    /**
     * Parses one line of a gold file.
     *
     * @throws IllegalArgumentException if the line is not a paper annotation
     */
    public static GoldPaper parse(String line) {
        JsonNode node = MAPPER.readTree(line);
        String title = node.path("title").asString("");
        if (title.isBlank()) {
            throw new IllegalArgumentException("missing title");
        }
        List<Ent> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(Normalizer.entity(e.path("name").asString("")));
            e.path("aliases").forEach(a -> forms.add(Normalizer.entity(a.asString(""))));
            forms.remove("");
            entities.add(new Ent(e.path("name").asString(""), e.path("type").asString(""), e.path("proposed").asBoolean(false),
                    forms));
        }
        List<Rel> relations = new ArrayList<>();
        for (JsonNode r : node.path("relations")) {
            relations.add(new Rel(r.path("subject").asString(""), r.path("predicate").asString(""), r.path("object").asString("")));
        }
        List<Clm> claims = new ArrayList<>();
        for (JsonNode c : node.path("claims")) {
            JsonNode value = c.get("value");
            claims.add(new Clm(c.path("sentence").asString(""), "quantitative".equals(c.path("kind").asString("")),
                    value == null || value.isNull() ? null : value.asString()));
        }
        return new GoldPaper(node.hasNonNull("id") ? node.get("id").asString() : null, title, List.copyOf(entities),
                List.copyOf(relations), List.copyOf(claims), line);
    }

    /** Returns the gold entity one of whose forms the candidate shares, or null. */
    public @Nullable Ent entityOf(Candidate candidate) {
        for (Ent e : entities) {
            for (String f : candidate.forms()) {
                if (e.forms().contains(f)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Returns the gold entity a relation end names, or null. */
    public @Nullable Ent entityNamed(String name) {
        String form = Normalizer.entity(name);
        return entities.stream().filter(e -> e.forms().contains(form)).findFirst().orElse(null);
    }
}
