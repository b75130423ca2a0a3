/** Builds the CoreNLP pipeline from {@code extractor.properties}, once per worker thread. */
@NullMarked
package org.papergraph.extractor.pipeline;

import org.jspecify.annotations.NullMarked;
