/**
 * The PaperGraph command line: {@link org.papergraph.PaperGraphCommand} and its subcommands
 * {@code extract}, {@code eval}, {@code load} and {@code serve}.
 */
@NullMarked
package org.papergraph;

import org.jspecify.annotations.NullMarked;
