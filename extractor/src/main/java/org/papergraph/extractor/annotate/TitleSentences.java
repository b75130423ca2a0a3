package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Tells which leading sentences of a document are the title. The pipeline sees a paper as its
 * title, a blank line, then its abstract; every sentence that starts before the first blank line
 * belongs to the title.
 */
public final class TitleSentences {

    private TitleSentences() {}

    /** Returns how many leading sentences are the title's (at least 1 for a non-empty document). */
    public static int count(List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return 0;
        }
        String text = sentences.get(0).get(CoreAnnotations.TextAnnotation.class);
        int titleEnd = sentences.get(0).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int n = 1;
        while (n < sentences.size()
                && sentences.get(n).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) <= titleEnd + 1
                && text != null && !text.isEmpty()) {
            titleEnd = sentences.get(n).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            n++;
        }
        return n;
    }
}
