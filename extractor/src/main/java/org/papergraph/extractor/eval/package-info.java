/**
 * Scores extracted annotations against a gold file by the rules of
 * {@code shared/eval/GOLD-FORMAT.md}: micro precision, recall and F1 per aspect.
 */
@NullMarked
package org.papergraph.extractor.eval;

import org.jspecify.annotations.NullMarked;
