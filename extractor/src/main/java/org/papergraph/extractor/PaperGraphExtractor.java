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
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.canon.Canonicalizer;
import org.papergraph.extractor.learn.ExtractionModels;
import org.papergraph.extractor.learn.PaperDecoder;
import org.papergraph.extractor.wordclass.CorpusStatistics;
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
    private final ThreadLocal<PaperAnalyzer> analyzers;
    private final int threads;

    private PaperGraphExtractor(int threads, @Nullable PaperDecoder decoder) {
        this.threads = threads;
        this.analyzers = ThreadLocal.withInitial(() -> new PaperAnalyzer(ExtractionPipeline.create(), decoder));
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "papergraph-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Creates an extractor with the given number of worker threads, deciding with the trained
     * models the extractor ships with ({@link ExtractionModels#RESOURCE}).
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws IllegalStateException if the classpath holds no trained models
     */
    public static PaperGraphExtractor create(int threads) {
        ExtractionModels models = ExtractionModels.shipped();
        if (models == null) {
            throw new IllegalStateException("no trained models on the classpath (" + ExtractionModels.RESOURCE
                    + "); run ./papergraph train, or use the rules alone");
        }
        return create(threads, Decider.MODELS, models);
    }

    /**
     * Creates an extractor with the given number of worker threads and decider, the shipped
     * models deciding when the decider is {@link Decider#MODELS}.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws IllegalStateException if the decider is MODELS and the classpath holds no trained models
     */
    public static PaperGraphExtractor create(int threads, Decider decider) {
        return decider == Decider.MODELS ? create(threads) : create(threads, decider, null);
    }

    /** Who decides what a paper's graph keeps. */
    public enum Decider {
        /** The trained models, over candidates from the rules, the dictionary and noun phrases. */
        MODELS,
        /** The hand-written rules and dictionary alone. */
        RULES
    }

    /**
     * Creates an extractor with the given number of worker threads and decider.
     *
     * @param models the models, used only when {@code decider} is {@link Decider#MODELS}
     * @throws IllegalArgumentException if {@code threads < 1}, or the decider is MODELS and there are no models
     */
    public static PaperGraphExtractor create(int threads, Decider decider, @Nullable ExtractionModels models) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (decider == Decider.MODELS && models == null) {
            throw new IllegalArgumentException("the MODELS decider needs models");
        }
        return new PaperGraphExtractor(threads,
                decider == Decider.MODELS ? new PaperDecoder(models, CorpusStatistics.shipped()) : null);
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
