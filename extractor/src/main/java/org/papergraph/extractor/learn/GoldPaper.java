package org.papergraph.extractor.learn;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.eval.AnnotatedPaper;
import org.papergraph.extractor.eval.Normalizer;

/**
 * A paper's gold annotation as training reads it: the scorer's own reading of the line, and the
 * line itself (cross-validation scores the held-out papers against it).
 *
 * @param paper the annotation as the scorer reads it
 * @param line the JSON line it was read from
 */
public record GoldPaper(AnnotatedPaper paper, String line) {

    /**
     * Parses one line of a gold file.
     *
     * @throws IllegalArgumentException if the line is not a paper annotation
     */
    public static GoldPaper parse(String line) {
        return new GoldPaper(AnnotatedPaper.parse(line), line);
    }

    /** Returns the paper's id, or null. */
    public @Nullable String id() {
        return paper.id();
    }

    /** Returns the annotated entities. */
    public List<AnnotatedPaper.Ent> entities() {
        return paper.entities();
    }

    /** Returns the annotated relations. */
    public List<AnnotatedPaper.Rel> relations() {
        return paper.relations();
    }

    /** Returns the annotated claims. */
    public List<AnnotatedPaper.Clm> claims() {
        return paper.claims();
    }

    /** Returns the gold entity one of whose forms the candidate shares, or null. */
    public AnnotatedPaper.@Nullable Ent entityOf(Candidate candidate) {
        for (AnnotatedPaper.Ent e : entities()) {
            for (String f : candidate.forms()) {
                if (e.forms().contains(f)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Returns the gold entity a relation end names, or null. */
    public AnnotatedPaper.@Nullable Ent entityNamed(String name) {
        String form = Normalizer.entity(name);
        return entities().stream().filter(e -> e.forms().contains(form)).findFirst().orElse(null);
    }
}
