/**
 * Canonicalisation across papers: one concept, one IRI, for every paper that names the same
 * thing, whatever surface form or acronym it uses.
 */
@NullMarked
package org.papergraph.extractor.canon;

import org.jspecify.annotations.NullMarked;
