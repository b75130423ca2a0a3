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

    /** A claim: its sentence, whether quantitative, and its value as written (or null). */
    public record Clm(String sentence, boolean quantitative, @Nullable String value) {}

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
