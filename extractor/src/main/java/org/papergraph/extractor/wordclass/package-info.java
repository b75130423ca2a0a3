/**
 * Distributional word classes: {@link org.papergraph.extractor.wordclass.WordClasses} looks up the
 * class of a word in the committed {@code models/word-classes.tsv}, and
 * {@link org.papergraph.extractor.wordclass.WordClassesCommand} computes that file from the arXiv
 * abstracts (PPMI of ±2-word contexts, truncated SVD, spherical k-means), deterministically for a
 * given corpus and seed. Learned taggers use the classes as features that generalise from a word
 * to the words used like it.
 */
@NullMarked
package org.papergraph.extractor.wordclass;

import org.jspecify.annotations.NullMarked;
