/**
 * What the learned models know of the unannotated arXiv abstracts ({@link
 * org.papergraph.extractor.wordclass.CorpusStatistics}): distributional word classes and phrase
 * use over time.
 *
 * <p>{@link org.papergraph.extractor.wordclass.WordClasses} looks up the class of a word in the
 * committed {@code models/word-classes.tsv}, and {@link
 * org.papergraph.extractor.wordclass.WordClassesCommand} computes that file from the abstracts
 * (PPMI of ±2-word contexts, truncated SVD, spherical k-means), deterministically for a given
 * corpus and seed. Learned taggers use the classes as features that generalise from a word to the
 * words used like it.
 *
 * <p>{@link org.papergraph.extractor.wordclass.PhraseFrequencies} tells how many papers used a
 * phrase of up to four words before a date ({@code models/phrase-frequencies.tsv.gz}, computed by
 * {@link org.papergraph.extractor.wordclass.PhraseFrequenciesCommand}): a name a paper coins was
 * not in use before it, a term of the field was.
 */
@NullMarked
package org.papergraph.extractor.wordclass;

import org.jspecify.annotations.NullMarked;
