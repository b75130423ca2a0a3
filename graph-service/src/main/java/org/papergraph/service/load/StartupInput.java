package org.papergraph.service.load;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Paper graphs to load while the service starts, before it takes requests ({@code serve --input}).
 *
 * @param dataset one named graph per paper
 */
public record StartupInput(DatasetGraph dataset) {}
