/**
 * Loads the RDF the extractor emits (one named graph per paper) into the stores: today the Neo4j
 * property graph, through the Neo4j Java Driver. A paper loaded again replaces its old statements.
 */
@NullMarked
package org.papergraph.service.load;

import org.jspecify.annotations.NullMarked;
