package org.papergraph.service.explore;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * An immutable snapshot of the concept graph: concepts as vertices (by IRI), relations as
 * edges (held twice: directed, and undirected for walks), PageRank precomputed. Safe to share
 * between threads.
 */
public final class ConceptGraph {

    private final Graph<String, RelationEdge> graph;
    private final Graph<String, RelationEdge> undirected;
    private final Map<String, ConceptSummary> concepts;
    private final Map<String, String> iriByKey = new HashMap<>();
    private final Map<String, String> iriByLabel = new HashMap<>();
    private final Map<String, Double> pageRank;

    ConceptGraph(Collection<ConceptSummary> concepts, Collection<RelationEdge> edges) {
        DirectedPseudograph<String, RelationEdge> g = new DirectedPseudograph<>(null, null, false);
        Pseudograph<String, RelationEdge> u = new Pseudograph<>(null, null, false);
        Map<String, ConceptSummary> byIri = new HashMap<>();
        for (ConceptSummary c : concepts) {
            byIri.put(c.iri(), c);
            g.addVertex(c.iri());
            u.addVertex(c.iri());
            iriByKey.put(c.id(), c.iri());
            c.aliases().forEach(a -> iriByLabel.putIfAbsent(normalise(a), c.iri()));
        }
        // Preferred labels win over aliases of other concepts.
        concepts.forEach(c -> iriByLabel.put(normalise(c.name()), c.iri()));
        for (RelationEdge e : edges) {
            if (byIri.containsKey(e.subject()) && byIri.containsKey(e.object())) {
                g.addEdge(e.subject(), e.object(), e);
                u.addEdge(e.subject(), e.object(), e);
            }
        }
        this.graph = new AsUnmodifiableGraph<>(g);
        this.undirected = new AsUnmodifiableGraph<>(u);
        this.concepts = Map.copyOf(byIri);
        this.pageRank = g.vertexSet().isEmpty() ? Map.of() : Map.copyOf(new PageRank<>(g).getScores());
    }

    /** Returns a graph of these concepts and the relations between them (relations to others are dropped). */
    public static ConceptGraph of(Collection<ConceptSummary> concepts, Collection<RelationEdge> edges) {
        return new ConceptGraph(concepts, edges);
    }

    /** Returns an empty graph. */
    static ConceptGraph empty() {
        return new ConceptGraph(java.util.List.of(), java.util.List.of());
    }

    /** Returns the graph; callers must not modify it. */
    public Graph<String, RelationEdge> graph() {
        return graph;
    }

    /**
     * Returns the same concepts and relations as an undirected graph, for walks that follow
     * relations either way. A copy rather than a view: a directed graph's {@code edgesOf} builds a
     * new set on every call, which costs much on hubs with thousands of relations.
     */
    Graph<String, RelationEdge> undirected() {
        return undirected;
    }

    /** Returns every concept. */
    public Collection<ConceptSummary> concepts() {
        return concepts.values();
    }

    /** Returns the concept with this IRI, if present. */
    public Optional<ConceptSummary> concept(String iri) {
        return Optional.ofNullable(concepts.get(iri));
    }

    /**
     * Finds a concept by id (IRI key such as {@code vision-transformer}), full IRI, or exact
     * name or alias ignoring case.
     */
    public Optional<ConceptSummary> resolve(String idOrName) {
        String s = idOrName.strip();
        String iri = concepts.containsKey(s) ? s : iriByKey.get(s);
        if (iri == null) {
            iri = iriByKey.get(s.toLowerCase(Locale.ROOT));
        }
        if (iri == null) {
            iri = iriByLabel.get(normalise(s));
        }
        return Optional.ofNullable(iri).map(concepts::get);
    }

    /** Returns the concept's PageRank, 0 when unknown. */
    public double pageRank(String iri) {
        return pageRank.getOrDefault(iri, 0.0);
    }

    /** Returns the number of relations touching the concept, either way. */
    public int degree(String iri) {
        return graph.containsVertex(iri) ? graph.degreeOf(iri) : 0;
    }

    static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
