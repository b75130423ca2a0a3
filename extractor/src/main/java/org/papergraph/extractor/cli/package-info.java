/** The {@code extract} and {@code eval} commands of the {@code papergraph} command line. */
@NullMarked
package org.papergraph.extractor.cli;

import org.jspecify.annotations.NullMarked;
