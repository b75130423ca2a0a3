/**
 * Our CoreNLP annotators: concept mentions (dictionary, acronym definitions, named tokens and
 * head-noun phrases), relations between concepts, and claims, driven by the rule files under
 * {@code rules/}.
 */
@NullMarked
package org.papergraph.extractor.annotate;

import org.jspecify.annotations.NullMarked;
