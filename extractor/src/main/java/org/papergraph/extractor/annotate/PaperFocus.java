package org.papergraph.extractor.annotate;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;

/**
 * What a paper is about: the concepts it proposes, else the method or architecture its title
 * names (the most mentioned one), else the most mentioned method or architecture.
 *
 * @param concepts the focus concepts' keys, the main one first; empty when the paper names none
 */
record PaperFocus(List<String> concepts) {

    static PaperFocus of(PaperConcepts paper, int titleSentences) {
        List<String> proposed = paper.proposed().stream()
                .sorted(Comparator.comparingInt(PaperFocus::rank))
                .map(PaperConcepts.Concept::key).toList();
        if (!proposed.isEmpty()) {
            return new PaperFocus(proposed);
        }
        Comparator<PaperConcepts.Concept> byMentions = Comparator.<PaperConcepts.Concept>comparingInt(
                c -> c.type() == ConceptType.ARCHITECTURE ? 1 : 0).thenComparingInt(c -> c.mentions().size());
        PaperConcepts.Concept inTitle = paper.all().stream()
                .filter(c -> c.type().isMethodOrArchitecture() && c.firstSentence() < titleSentences)
                .max(byMentions).orElse(null);
        if (inTitle != null) {
            return new PaperFocus(List.of(inTitle.key()));
        }
        return paper.all().stream().filter(c -> c.type() == ConceptType.ARCHITECTURE || c.type() == ConceptType.METHOD)
                .max(byMentions).map(c -> new PaperFocus(List.of(c.key()))).orElse(new PaperFocus(List.of()));
    }

    /** Title-prefix names first, then other names, then phrases; ties keep text order (the sort is stable). */
    private static int rank(PaperConcepts.Concept concept) {
        if (concept.proposedBy().equals("proposal:title-prefix")) {
            return 0;
        }
        return concept.isNamed() ? 1 : 2;
    }

    /** Returns the main focus concept's key, or null. */
    @Nullable String main() {
        return concepts.isEmpty() ? null : concepts.get(0);
    }
}
