/**
 * Reads paper records from corpus files and prepares their text for the NLP pipeline.
 *
 * <p>{@link org.papergraph.extractor.read.CorpusReader} reads scraped page text and JSON Lines
 * (plain or gzip-compressed), streams the records and reports every bad record as a
 * {@link org.papergraph.extractor.RecordError} while the others go on.
 * {@link org.papergraph.extractor.read.TextNormalizer} turns an original field text (with LaTeX
 * and hard line breaks) into the text the pipeline sees and keeps a map back to the original
 * offsets. Everything else in this package is machinery and stays package-private.
 */
@NullMarked
package org.papergraph.extractor.read;

import org.jspecify.annotations.NullMarked;
