package org.papergraph.extractor.cli;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.jspecify.annotations.Nullable;

/** The files {@code extract} can write, each with its file name. */
enum OutputFormat {
    /** Gold-format JSON Lines, one paper a line. */
    JSONL("papers.jsonl", null),
    /** N-Quads: one named graph per paper, streamed in a stable order. */
    NQ("papers.nq", RDFFormat.NQUADS),
    /** TriG: one named graph per paper, pretty-printed. */
    TRIG("papers.trig", RDFFormat.TRIG_BLOCKS),
    /** Turtle: the union of all papers' graphs (provenance stays in pg:inPaper). */
    TTL("papers.ttl", RDFFormat.TURTLE_BLOCKS),
    /** JSON-LD: one named graph per paper. */
    JSONLD("papers.jsonld", RDFFormat.JSONLD11);

    private final String fileName;
    private final @Nullable RDFFormat rdfFormat;

    OutputFormat(String fileName, @Nullable RDFFormat rdfFormat) {
        this.fileName = fileName;
        this.rdfFormat = rdfFormat;
    }

    String fileName() {
        return fileName;
    }

    @Nullable RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Parses a format name such as {@code nq} or {@code ttl}, ignoring case. */
    static OutputFormat parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("TURTLE")) {
            return TTL;
        }
        if (n.equals("NQUADS")) {
            return NQ;
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (known: jsonl, nq, trig, ttl, jsonld)");
        }
    }
}
