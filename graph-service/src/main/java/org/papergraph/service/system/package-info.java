/**
 * Configuration, the embedded Neo4j server, the Driver, health and RFC 9457 problem details.
 */
@NullMarked
package org.papergraph.service.system;

import org.jspecify.annotations.NullMarked;
