/**
 * The extractor's API: read paper records, extract typed concepts, relations and claims, and
 * emit them as RDF triples to a sink; it never writes to a store.
 */
@NullMarked
package org.papergraph.extractor;

import org.jspecify.annotations.NullMarked;
