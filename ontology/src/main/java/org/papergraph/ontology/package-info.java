/**
 * The PaperGraph vocabulary and the tools that keep data true to it: {@link PG} and {@link PROV}
 * name the terms, {@link PaperGraphOntology} loads the OWL ontology and validates graphs against
 * the SHACL shapes, and {@link PaperGraphIds} builds the IRIs of papers, concepts, sentences,
 * mentions, assertions and claims. The Turtle files under {@code ontology/} and {@code shapes/} on
 * the classpath are the source of truth; {@code ontology/MODEL.md} in the repository is the map.
 * Nothing in this package is null unless annotated otherwise.
 */
@NullMarked
package org.papergraph.ontology;

import org.jspecify.annotations.NullMarked;
