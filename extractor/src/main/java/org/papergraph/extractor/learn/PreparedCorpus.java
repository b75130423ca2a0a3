package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.annotate.PaperAnalyzer;
import org.papergraph.extractor.pipeline.ExtractionPipeline;

/** Runs the extraction pipeline over papers to train or evaluate on, and finds their candidates, in parallel, keeping input order. */
public final class PreparedCorpus {

    private PreparedCorpus() {}

    /**
     * Prepares every record with {@code threads} workers, each with its own pipeline.
     *
     * @throws IllegalStateException naming the record when the pipeline fails on one
     */
    public static List<PaperAnalyzer.Prepared> prepare(List<PaperRecord> records, int threads) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ThreadLocal<PaperAnalyzer> analyzers = ThreadLocal.withInitial(() -> new PaperAnalyzer(ExtractionPipeline.create()));
        try {
            List<Future<PaperAnalyzer.Prepared>> futures = new ArrayList<>();
            for (PaperRecord r : records) {
                futures.add(workers.submit(() -> {
                    PaperAnalyzer.Prepared prepared = analyzers.get().prepare(r);
                    prepared.view();
                    return prepared;
                }));
            }
            List<PaperAnalyzer.Prepared> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(records.get(i).location() + ": " + e.getCause(), e.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing papers", e);
        } finally {
            workers.shutdownNow();
        }
    }
}
