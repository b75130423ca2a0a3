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
        List<String> proposed = paper.proposed().stream().map(PaperConcepts.Concept::key).toList();
        if (!proposed.isEmpty()) {
            return new PaperFocus(proposed);
        }
        Comparator<PaperConcepts.Concept> byMentions = Comparator.comparingInt(c -> c.mentions().size());
        PaperConcepts.Concept inTitle = paper.all().stream()
                .filter(c -> c.type().isMethodOrArchitecture() && c.firstSentence() < titleSentences)
                .max(byMentions).orElse(null);
        if (inTitle != null) {
            return new PaperFocus(List.of(inTitle.key()));
        }
        return paper.all().stream().filter(c -> c.type() == ConceptType.ARCHITECTURE || c.type() == ConceptType.METHOD)
                .max(byMentions).map(c -> new PaperFocus(List.of(c.key()))).orElse(new PaperFocus(List.of()));
    }

    /** Returns the main focus concept's key, or null. */
    @Nullable String main() {
        return concepts.isEmpty() ? null : concepts.get(0);
    }
}
