/**
 * Papers: listing, detail and live ingestion of new abstracts through the extractor, guarded by an
 * API token.
 */
@NullMarked
package org.papergraph.service.paper;

import org.jspecify.annotations.NullMarked;
