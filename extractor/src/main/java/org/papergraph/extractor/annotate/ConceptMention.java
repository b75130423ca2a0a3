package org.papergraph.extractor.annotate;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;

/**
 * One concept mention found in a sentence of the text the pipeline sees.
 *
 * @param tokenBegin index of the first token in the sentence
 * @param tokenEnd index one past the last token in the sentence
 * @param charBegin character offset of the first character in the document text
 * @param charEnd character offset one past the last character in the document text
 * @param surface the words as written
 * @param name the name the mention stands for (a dictionary's canonical name, or the phrase)
 * @param type the concept kind
 * @param acronym an acronym the text defines for it here ("Vision Transformer (ViT)"), or null
 * @param generalKeys keys of more general concepts this one is a kind of, the most specific first
 *     ("proxy token diffusion transformer" is a diffusion transformer, and a transformer)
 * @param rule which finder produced it
 * @param confidence how sure that finder is
 */
public record ConceptMention(
        int tokenBegin,
        int tokenEnd,
        int charBegin,
        int charEnd,
        String surface,
        String name,
        ConceptType type,
        @Nullable String acronym,
        List<String> generalKeys,
        String rule,
        double confidence) {

    /** Copies the list. */
    public ConceptMention {
        generalKeys = List.copyOf(generalKeys);
    }

    /** Returns the concept key of this mention's name. */
    public String key() {
        return ConceptKeys.key(name);
    }

    /** Returns true when this mention's tokens overlap {@code [begin, end)}. */
    boolean overlaps(int begin, int end) {
        return tokenBegin < end && begin < tokenEnd;
    }
}
