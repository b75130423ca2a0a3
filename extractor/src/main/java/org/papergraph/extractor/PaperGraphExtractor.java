package org.papergraph.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.papergraph.extractor.annotate.PaperAnalyzer;
import org.papergraph.extractor.canon.Canonicalizer;
import org.papergraph.extractor.pipeline.ExtractionPipeline;

/**
 * Extracts papers in parallel and canonicalises their concepts across the corpus.
 *
 * <p>Each worker thread builds its own CoreNLP pipeline on first use and keeps it for the life of
 * the extractor. A record whose extraction throws becomes a {@link RecordError}; the others go
 * on. Thread-safe: {@link #extract} may be called from several threads, though each call already
 * uses all workers. Close it to stop the workers.
 */
public final class PaperGraphExtractor implements AutoCloseable {

    private final ExecutorService workers;
    private final ThreadLocal<PaperAnalyzer> analyzers =
            ThreadLocal.withInitial(() -> new PaperAnalyzer(ExtractionPipeline.create()));
    private final int threads;

    private PaperGraphExtractor(int threads) {
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "papergraph-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Creates an extractor with the given number of worker threads.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static PaperGraphExtractor create(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return new PaperGraphExtractor(threads);
    }

    /** Returns the number of worker threads. */
    public int threads() {
        return threads;
    }

    /** Extracts and canonicalises the records. */
    public CorpusExtraction extract(List<PaperRecord> records) {
        return extract(records, done -> {});
    }

    /**
     * Extracts and canonicalises the records, telling {@code progress} the number of records done
     * after each one (from worker threads).
     */
    public CorpusExtraction extract(List<PaperRecord> records, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        List<Future<PaperAnnotation>> futures = new ArrayList<>(records.size());
        for (PaperRecord record : records) {
            futures.add(workers.submit(() -> {
                try {
                    return analyzers.get().analyze(record);
                } finally {
                    progress.accept(done.incrementAndGet());
                }
            }));
        }
        List<PaperAnnotation> papers = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PaperRecord record = records.get(i);
            try {
                papers.add(futures.get(i).get());
            } catch (ExecutionException e) {
                errors.add(new RecordError(record.source(), "record " + record.recordNumber()
                        + (record.id() == null ? "" : " (" + record.id() + ")"), "extraction failed: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting", e);
            }
        }
        Canonicalizer.Result canonical = Canonicalizer.canonicalize(papers);
        return new CorpusExtraction(canonical.papers(), canonical.conceptsByIri(), errors);
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
