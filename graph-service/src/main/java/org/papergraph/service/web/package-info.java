/**
 * The web explorer: the static single-page app under {@code static/} (served at {@code /}, with
 * Cytoscape.js from its WebJar) and the small read endpoints only it needs: leaderboards built
 * from quantitative claims, and the vocabulary of relations and concept types for its filters.
 */
@NullMarked
package org.papergraph.service.web;

import org.jspecify.annotations.NullMarked;
