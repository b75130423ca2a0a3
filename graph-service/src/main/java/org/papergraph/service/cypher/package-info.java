/**
 * Read-only Cypher over HTTP, with a timeout and a row limit.
 */
@NullMarked
package org.papergraph.service.cypher;

import org.jspecify.annotations.NullMarked;
