package org.papergraph.extractor.eval;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A paper's annotation as the scorer sees it: names, forms and sentences only, the same for gold
 * files and extractor output. Training reads gold papers in this form too, so that what the
 * models learn from is exactly what they are scored against.
 *
 * @param id the paper's id, or null
 * @param title the paper's title
 * @param entities its entities
 * @param relations its relations
 * @param claims its claims
 */
public record AnnotatedPaper(@Nullable String id, String title, List<Ent> entities, List<Rel> relations, List<Clm> claims) {

    /** An entity: its name, its normalised forms (name and aliases), kind and whether proposed. */
    public record Ent(String name, Set<String> forms, String type, boolean proposed) {}

    /** A relation between two entity names. */
    public record Rel(String subject, String predicate, String object) {}

    /**
     * A claim: its sentence, whether quantitative, its value as written (or null), and its slots:
     * subject, metric and dataset (each an entity name, or null) and the names it is compared to.
     */
    public record Clm(String sentence, boolean quantitative, @Nullable String value, @Nullable String subject,
            @Nullable String metric, @Nullable String dataset, List<String> comparedTo) {

        /** A claim with its sentence, kind and value only, no slots. */
        public Clm(String sentence, boolean quantitative, @Nullable String value) {
            this(sentence, quantitative, value, null, null, null, List.of());
        }
    }

    /**
     * Parses one line of a file in the gold format.
     *
     * @throws IllegalArgumentException if the line is not a paper annotation (no title)
     * @throws tools.jackson.core.JacksonException if it is not JSON
     */
    public static AnnotatedPaper parse(String line) {
        return AnnotationFile.parse(line);
    }
}
