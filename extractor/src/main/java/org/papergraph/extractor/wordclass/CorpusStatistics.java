package org.papergraph.extractor.wordclass;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the learned models know of the unannotated arXiv abstracts: the distributional class of a
 * word, and how many papers used a phrase before a date.
 *
 * @param wordClass a word's class ({@link WordClasses#classOf}), null for a word too rare to have one
 * @param phrases the phrases' use over time
 */
public record CorpusStatistics(Function<String, @Nullable String> wordClass, PhraseFrequencies phrases) {

    /** Checks that both are given. */
    public CorpusStatistics {
        Objects.requireNonNull(wordClass, "wordClass");
        Objects.requireNonNull(phrases, "phrases");
    }

    /** Returns the statistics shipped in the extractor's resources, loaded once and shared. */
    public static CorpusStatistics shipped() {
        return Shipped.STATISTICS;
    }

    private static final class Shipped {
        static final CorpusStatistics STATISTICS =
                new CorpusStatistics(WordClasses.shipped()::classOf, PhraseFrequencies.shipped());
    }
}
