package org.papergraph.extractor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that name the annotated papers to train on: a gold file, the corpus, the reserved ids. */
final class TrainingData {

    @Option(names = "--train-gold", paramLabel = "GOLD.jsonl", description = "Annotated papers to train on (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/train-gold.jsonl");

    @Option(names = "--corpus", paramLabel = "CORPUS.jsonl.gz",
            description = "The corpus holding their abstracts, by id (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz");

    @Option(names = "--reserved", paramLabel = "IDS.txt", description = "Ids never to read (default: ${DEFAULT-VALUE}).")
    Path reserved = Path.of("../shared/eval/RESERVED-IDS.txt");
}
