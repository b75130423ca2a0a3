package org.papergraph.extractor.canon;

import java.util.SortedSet;
import org.papergraph.extractor.ConceptType;

/**
 * A corpus-wide concept: its IRI, preferred label, kind and every surface form papers use for it.
 *
 * @param iri the concept IRI, stable from run to run
 * @param label the preferred label: the name most papers use
 * @param type the kind most papers give it
 * @param aliases the other names and acronyms, sorted
 */
public record Concept(String iri, String label, ConceptType type, SortedSet<String> aliases) {}
