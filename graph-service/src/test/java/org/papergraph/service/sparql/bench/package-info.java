/**
 * Benchmarks of the SPARQL side (mains, not tests): {@link org.papergraph.service.sparql.bench.SparqlBenchmark}
 * measures our endpoint against a Fuseki server on the same TDB2 data.
 */
@NullMarked
package org.papergraph.service.sparql.bench;

import org.jspecify.annotations.NullMarked;
