/**
 * The named query library of the {@code queries} module, run against the live stores: Cypher
 * on Neo4j, SPARQL on the SPARQL store, with typed parameters and a row limit. Exposed as
 * {@code GET /api/queries} and {@code GET|POST /api/queries/{name}}, and used by
 * {@code papergraph query}.
 */
@NullMarked
package org.papergraph.service.query;

import org.jspecify.annotations.NullMarked;
