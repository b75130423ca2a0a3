package org.papergraph.extractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.papergraph.extractor.cli.CorpusFiles;

/** The seed corpus, extracted once per test JVM and shared by the integration tests that read it. */
final class SeedCorpus {

    /** The project's copy of the commissioned corpus. */
    static final Path FILE = Path.of("../examples/trending-papers.txt");

    /** The shared development gold, beside the project; absent on machines without ../shared. */
    static final Path GOLD = Path.of("../../shared/eval/seed-dev-gold.jsonl");

    private static CorpusExtraction extraction;
    private static CorpusExtraction byRules;

    private SeedCorpus() {}

    /** Returns the seed corpus's records. */
    static List<PaperRecord> records() {
        if (!Files.exists(FILE)) {
            throw new IllegalStateException("seed corpus missing: " + FILE.toAbsolutePath());
        }
        return CorpusFiles.read(List.of(FILE), System.err).records();
    }

    /** Returns the seed corpus extracted with the shipped models and two threads (computed on first use). */
    static synchronized CorpusExtraction extraction() {
        if (extraction == null) {
            try (PaperGraphExtractor extractor = PaperGraphExtractor.create(2)) {
                extraction = extractor.extract(records());
            }
        }
        return extraction;
    }

    /** Returns the seed corpus extracted by the rules alone, with two threads (computed on first use). */
    static synchronized CorpusExtraction extractionByRules() {
        if (byRules == null) {
            try (PaperGraphExtractor extractor = PaperGraphExtractor.create(2, PaperGraphExtractor.Decider.RULES)) {
                byRules = extractor.extract(records());
            }
        }
        return byRules;
    }
}
