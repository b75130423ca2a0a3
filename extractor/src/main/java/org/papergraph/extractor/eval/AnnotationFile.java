package org.papergraph.extractor.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON Lines file in the gold format (gold or extractor output) for scoring. */
final class AnnotationFile {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnnotationFile() {}

    /**
     * Reads every paper of the file.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is not a paper annotation
     */
    static List<AnnotatedPaper> read(Path file) throws IOException {
        List<AnnotatedPaper> papers = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    papers.add(paper(MAPPER.readTree(line)));
                } catch (JacksonException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": not a paper annotation: "
                            + e.getMessage(), e);
                }
            }
        }
        return papers;
    }

    private static AnnotatedPaper paper(JsonNode node) {
        String title = node.path("title").asString("");
        if (title.isBlank()) {
            throw new IllegalArgumentException("missing title");
        }
        List<AnnotatedPaper.Ent> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(Normalizer.entity(e.path("name").asString("")));
            for (JsonNode alias : e.path("aliases")) {
                forms.add(Normalizer.entity(alias.asString("")));
            }
            forms.remove("");
            entities.add(new AnnotatedPaper.Ent(e.path("name").asString(""), forms, e.path("type").asString(""),
                    e.path("proposed").asBoolean(false)));
        }
        List<AnnotatedPaper.Rel> relations = new ArrayList<>();
        for (JsonNode r : node.path("relations")) {
            relations.add(new AnnotatedPaper.Rel(r.path("subject").asString(""), r.path("predicate").asString(""),
                    r.path("object").asString("")));
        }
        List<AnnotatedPaper.Clm> claims = new ArrayList<>();
        for (JsonNode c : node.path("claims")) {
            List<String> compared = new ArrayList<>();
            JsonNode comparedTo = c.path("comparedTo");
            if (comparedTo.isArray()) {
                comparedTo.forEach(x -> compared.add(x.asString("")));
            } else if (comparedTo.isString()) {
                compared.add(comparedTo.asString());
            }
            compared.removeIf(String::isBlank);
            claims.add(new AnnotatedPaper.Clm(c.path("sentence").asString(""), "quantitative".equals(c.path("kind").asString("")),
                    text(c, "value"), text(c, "subject"), text(c, "metric"), text(c, "dataset"), List.copyOf(compared)));
        }
        String id = node.hasNonNull("id") ? node.get("id").asString() : null;
        return new AnnotatedPaper(id, title, entities, relations, claims);
    }

    private static @org.jspecify.annotations.Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    /** Exposed for {@link Normalizer} users: parses one line, for tests. */
    static AnnotatedPaper parse(String line) {
        return paper(MAPPER.readTree(line));
    }
}
