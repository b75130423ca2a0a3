/**
 * The load run: many concurrent connections of concept search, neighbourhoods and paths against
 * a running service, reporting requests/s, latency, errors and timeouts. A main, not a test.
 */
@NullMarked
package org.papergraph.service.bench;

import org.jspecify.annotations.NullMarked;
