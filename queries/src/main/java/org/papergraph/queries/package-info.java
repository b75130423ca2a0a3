/**
 * The named query library: the questions users ask most of the PaperGraph, as one Cypher file
 * and one SPARQL file per question (where both languages fit), each with a header that gives its
 * name, parameters and result. {@link org.papergraph.queries.NamedQueries} is the catalogue that
 * reads them from the classpath; it runs nothing, so this module needs no driver.
 */
@NullMarked
package org.papergraph.queries;

import org.jspecify.annotations.NullMarked;
