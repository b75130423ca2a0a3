/**
 * The in-memory JGraphT projection of the concept graph, kept in step with every load, and the
 * queries it answers: neighbourhoods, k-shortest paths and relation patterns, each edge with its
 * evidence.
 */
@NullMarked
package org.papergraph.service.explore;

import org.jspecify.annotations.NullMarked;
