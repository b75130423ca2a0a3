/**
 * Concepts: ranked search over names and aliases, and concept detail.
 */
@NullMarked
package org.papergraph.service.concept;

import org.jspecify.annotations.NullMarked;
