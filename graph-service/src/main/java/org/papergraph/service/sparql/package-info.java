/**
 * SPARQL over the same graph Neo4j holds: the TDB2 dataset the loader writes beside Neo4j (or an
 * external store it pushes to through the Graph Store Protocol), the SPARQL 1.1 Protocol
 * endpoint {@code /sparql} (query only), and the comparison of the two stores behind
 * {@code papergraph check}. Parsing, execution and result writing are Jena's (ARQ, RIOT and the
 * result-set writers), as in Fuseki's {@code SPARQL_QueryDataset}.
 */
@NullMarked
package org.papergraph.service.sparql;

import org.jspecify.annotations.NullMarked;
