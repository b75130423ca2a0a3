/**
 * Maps extracted papers to RDF quads in the PaperGraph vocabulary, one named graph per paper:
 * the only package that knows both our annotations and the ontology.
 */
@NullMarked
package org.papergraph.extractor.rdf;

import org.jspecify.annotations.NullMarked;
