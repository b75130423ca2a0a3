/**
 * The graph service: a Spring Boot application over Neo4j (embedded by default, or a server by
 * URI) that loads the extractor's RDF and answers concept, relation, path and Cypher queries.
 */
@NullMarked
package org.papergraph.service;

import org.jspecify.annotations.NullMarked;
