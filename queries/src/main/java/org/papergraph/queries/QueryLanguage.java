package org.papergraph.queries;

import java.util.Locale;

/** The languages a named query is written in, each with its file extension and comment marker. */
public enum QueryLanguage {
    /** Cypher, run against the Neo4j property graph (mapping in graph-service/README.md). */
    CYPHER("cypher", ".cypher", "//"),
    /** SPARQL 1.1, run against the RDF store (ontology/MODEL.md); the default graph is the union of the papers. */
    SPARQL("sparql", ".rq", "#");

    private final String label;
    private final String extension;
    private final String commentMarker;

    QueryLanguage(String label, String extension, String commentMarker) {
        this.label = label;
        this.extension = extension;
        this.commentMarker = commentMarker;
    }

    /** Returns the lower-case name used in paths and parameters: {@code cypher} or {@code sparql}. */
    public String label() {
        return label;
    }

    /** Returns the file extension, dot included: {@code .cypher} or {@code .rq}. */
    public String extension() {
        return extension;
    }

    /** Returns what starts a comment line in this language: {@code //} or {@code #}. */
    public String commentMarker() {
        return commentMarker;
    }

    /**
     * Returns the language with this label, ignoring case ({@code SPARQL}, {@code cypher}).
     *
     * @throws IllegalArgumentException if no language has the label
     */
    public static QueryLanguage parse(String label) {
        for (QueryLanguage language : values()) {
            if (language.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown query language '" + label + "': use cypher or sparql");
    }
}
