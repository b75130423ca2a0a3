/**
 * Reads and writes paper annotations as JSON Lines in the gold format of
 * {@code shared/eval/GOLD-FORMAT.md}, with our extra fields (IRIs, spans, rules).
 */
@NullMarked
package org.papergraph.extractor.json;

import org.jspecify.annotations.NullMarked;
