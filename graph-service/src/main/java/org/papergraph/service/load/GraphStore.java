package org.papergraph.service.load;

import java.util.List;

/**
 * A store the loader writes paper graphs into: Neo4j, and the SPARQL store (TDB2, or an
 * external store through the Graph Store Protocol), written in the same step.
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

    /**
     * Writes the papers like {@link #replacePapers} but keeps the write pending until the loader
     * has written every store, so that a failure in one store leaves none of them changed for the
     * batch. The loader stages the stores in order and commits them all, or aborts the staged ones.
     *
     * <p>The default writes at once and has nothing to undo, so a store that keeps it must be the
     * last: give the stores that stage an {@code @Order} (a store without one comes last).
     */
    default StagedWrite stage(List<PaperGraph> papers) {
        replacePapers(papers);
        return StagedWrite.WRITTEN;
    }

    /** A pending write from {@link #stage}: the loader calls exactly one of its methods, once. */
    interface StagedWrite {

        /** A write that already took effect: nothing to commit, nothing it can undo. */
        StagedWrite WRITTEN = new StagedWrite() {
            @Override
            public void commit() { }

            @Override
            public void abort() { }
        };

        /** Makes the write visible. */
        void commit();

        /** Drops the write, leaving the store as it was before {@link #stage}. */
        void abort();
    }
}
