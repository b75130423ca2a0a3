package org.papergraph.service.load;

import java.util.List;

/**
 * A store the loader writes paper graphs into. Today there is one, Neo4j; a TDB2 store can be
 * added as a second bean and is then written in the same step.
 *
 * <p>Implementations must be idempotent: writing a paper again replaces everything the store
 * holds from that paper's earlier graph.
 */
public interface GraphStore {

    /** Returns a short name for reports, such as {@code neo4j}. */
    String name();

    /** Creates the schema (constraints, indexes). Called once, before any write. */
    void prepare();

    /** Replaces the given papers' statements with those of the given graphs, atomically per call. */
    void replacePapers(List<PaperGraph> papers);
}
