package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.PaperConcepts;

/**
 * One candidate concept of a paper: the spans that name it, grouped by the scorer's normal form
 * and joined through acronym definitions and the rules' own grouping.
 *
 * <p>Mutable while {@link CandidateFinder} builds it, read-only after.
 */
public final class Candidate {

    private final String key;
    private final List<Span> spans = new ArrayList<>();
    private final Set<String> forms = new LinkedHashSet<>();
    private PaperConcepts.@Nullable Concept ruleConcept;
    private boolean definedAcronym;
    private boolean longFormOfAcronym;

    Candidate(String key) {
        this.key = key;
    }

    /** Returns the normal form of the first name this candidate was found under. */
    public String key() {
        return key;
    }

    /** Returns the spans, in text order. */
    public List<Span> spans() {
        return spans;
    }

    /** Returns every normal form its spans (and the rule's name) have. */
    public Set<String> forms() {
        return forms;
    }

    /** Returns the concept the rules made of it, or null when only the span finder saw it. */
    public PaperConcepts.@Nullable Concept ruleConcept() {
        return ruleConcept;
    }

    /** Returns true when the text defines an acronym for it, or it is such an acronym. */
    public boolean hasAcronymDefinition() {
        return definedAcronym || longFormOfAcronym;
    }

    boolean isLongFormOfAcronym() {
        return longFormOfAcronym;
    }

    boolean isDefinedAcronym() {
        return definedAcronym;
    }

    void markLongForm() {
        longFormOfAcronym = true;
    }

    void markAcronym() {
        definedAcronym = true;
    }

    void setRuleConcept(PaperConcepts.Concept concept) {
        if (ruleConcept == null) {
            ruleConcept = concept;
        }
    }

    void absorb(Candidate other) {
        spans.addAll(other.spans);
        spans.sort(java.util.Comparator.comparingInt(Span::sentence).thenComparingInt(Span::begin));
        forms.addAll(other.forms);
        definedAcronym |= other.definedAcronym;
        longFormOfAcronym |= other.longFormOfAcronym;
        if (ruleConcept == null) {
            ruleConcept = other.ruleConcept;
        }
    }

    /** Returns the first span. */
    public Span first() {
        return spans.get(0);
    }

    /** Returns the distinct surfaces, in text order, ignoring case. */
    public List<String> surfaces() {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Span s : spans) {
            if (seen.add(s.surface().toLowerCase(java.util.Locale.ROOT))) {
                out.add(s.surface());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return key + forms + "@" + spans.size();
    }
}
