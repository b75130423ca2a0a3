package org.papergraph.extractor.eval;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A paper's annotation as the scorer sees it: names, forms and sentences only, the same for gold
 * files and extractor output.
 *
 * @param id the paper's id, or null
 * @param title the paper's title
 * @param entities its entities
 * @param relations its relations
 * @param claims its claims
 */
record AnnotatedPaper(@Nullable String id, String title, List<Ent> entities, List<Rel> relations, List<Clm> claims) {

    /** An entity: its name, its normalised forms (name and aliases), kind and whether proposed. */
    record Ent(String name, Set<String> forms, String type, boolean proposed) {}

    /** A relation between two entity names. */
    record Rel(String subject, String predicate, String object) {}

    /** A claim: its sentence, whether quantitative, and its value as written (or null). */
    record Clm(String sentence, boolean quantitative, @Nullable String value) {}
}
