package org.papergraph.extractor.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.cli.CorpusFiles;
import org.papergraph.extractor.read.TextNormalizer;

/**
 * Throughput benchmark (not a test): PaperGraph extraction against a bare CoreNLP
 * {@code tokenize,ssplit,pos,lemma} pipeline, on the same records with the same threads, in one run.
 *
 * <p>Run: {@code bench/extraction.sh [CORPUS] [RECORDS] [THREADS]} (defaults: the shared arXiv
 * corpus, 2000 records, 2 threads). Each side gets one untimed warm-up pass over the first 200
 * records, then one timed pass over all of them.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (!Files.exists(corpus)) {
            System.out.println("benchmark skipped: corpus " + corpus.toAbsolutePath() + " is absent");
            return;
        }
        List<PaperRecord> records = CorpusFiles.read(List.of(corpus), System.err, limit).records();
        List<PaperRecord> warmUp = records.subList(0, Math.min(200, records.size()));
        System.out.printf("corpus %s: %d records, %d threads, JVM %s%n", corpus.getFileName(), records.size(), threads,
                Runtime.version());

        double bare = bareCoreNlp(records, warmUp, threads);
        double ours = paperGraph(records, warmUp, threads);
        System.out.printf("%-44s %8.1f abstracts/s%n", "CoreNLP tokenize,ssplit,pos,lemma (bare)", bare);
        System.out.printf("%-44s %8.1f abstracts/s%n", "PaperGraph extraction (full)", ours);
        System.out.printf("%-44s %8.2f (PaperGraph runs at %.0f%% of the bare pipeline's speed)%n", "ratio bare/PaperGraph",
                bare / ours, 100 * ours / bare);
    }

    private static double paperGraph(List<PaperRecord> records, List<PaperRecord> warmUp, int threads) {
        try (PaperGraphExtractor extractor = PaperGraphExtractor.create(threads)) {
            extractor.extract(warmUp);
            long start = System.nanoTime();
            CorpusExtraction result = extractor.extract(records);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("PaperGraph: %d papers, %d errors, %.1f s%n", result.papers().size(), result.errors().size(),
                    seconds);
            return records.size() / seconds;
        }
    }

    private static double bareCoreNlp(List<PaperRecord> records, List<PaperRecord> warmUp, int threads) throws Exception {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        ThreadLocal<StanfordCoreNLP> pipelines = ThreadLocal.withInitial(() -> new StanfordCoreNLP(props));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, pipelines, warmUp);
            long start = System.nanoTime();
            run(pool, pipelines, records);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("bare CoreNLP: %.1f s%n", seconds);
            return records.size() / seconds;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static void run(ExecutorService pool, ThreadLocal<StanfordCoreNLP> pipelines, List<PaperRecord> records)
            throws Exception {
        List<Future<?>> futures = records.stream().map(r -> pool.submit(() -> pipelines.get().annotate(new Annotation(
                TextNormalizer.normalize(r.title()).text() + "\n\n" + TextNormalizer.normalize(r.abstractText()).text()))))
                .<Future<?>>map(f -> f).toList();
        for (Future<?> f : futures) {
            f.get();
        }
    }
}
