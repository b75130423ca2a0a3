package org.papergraph.service.explore;

import java.util.List;

/**
 * A concept as the API shows it.
 *
 * @param id the concept's key, the last segment of its IRI ({@code vision-transformer})
 * @param iri the concept's IRI
 * @param name the preferred label
 * @param type the kind: Method, Architecture, Task, Dataset or Metric
 * @param aliases alternative labels
 * @param papers how many papers mention it
 */
public record ConceptSummary(String id, String iri, String name, String type, List<String> aliases, long papers) {}
