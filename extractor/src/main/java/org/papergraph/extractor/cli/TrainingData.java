package org.papergraph.extractor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.learn.ModelTrainer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that name the annotated papers to train on: a gold file, the project's extra
 * annotations, the corpus, the reserved ids.
 */
final class TrainingData {

    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec command;

    /** The project's own annotations, trained on beside the gold file (see extractor/training/README.md). */
    static final Path PROJECT_ANNOTATIONS = Path.of("extractor/training/extra-gold.jsonl");

    @Option(names = "--extra-gold", paramLabel = "GOLD.jsonl", arity = "1..*",
            description = "More annotated papers to train on, never scored by --cv (default: extractor/training/extra-gold.jsonl "
                    + "when it exists).")
    @Nullable List<Path> extra;

    @Option(names = "--no-extra-gold", description = "Train on --train-gold (or --gold) only.")
    boolean noExtra;

    @Option(names = "--tagger", description = "Also train the CRF mention tagger, whose label probabilities become entity "
            + "features (about 45 MB more model and six times the training time, for 0.003-0.007 F1; see models/README.md).")
    boolean tagger;

    @Option(names = "--one-pass", description = "Decide entities in one pass, without the second pass that reads how the first "
            + "rated the paper's other candidates (see models/README.md).")
    boolean onePass;

    @Option(names = "--gold-style", paramLabel = "W", description = "Also learn where the gold file's annotators decide "
            + "differently from the project's own which entities a paper proposes and which sentences claim: each feature of a "
            + "gold-file paper's example gets a copy of value W that only those examples have, folded into the feature's weight "
            + "after training (default 0.3; 0: off; see models/README.md).")
    void goldStyle(double value) {
        if (!(value >= 0)) {
            // refused while the options are read, not after the pipeline has run over every paper
            throw new ParameterException(Objects.requireNonNull(command).commandLine(),
                    "--gold-style " + value + ": the copies' value must be 0 or more");
        }
        goldStyle = value;
    }

    private double goldStyle = ModelTrainer.Settings.DEFAULT.goldStyle();

    /** Returns the training settings these options ask for. */
    ModelTrainer.Settings settings() {
        return ModelTrainer.Settings.DEFAULT.withTagger(tagger).withPaperContext(!onePass)
                .withGoldStyle(goldStyle);
    }

    @Option(names = "--train-gold", paramLabel = "GOLD.jsonl", description = "Annotated papers to train on (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/train-gold.jsonl");

    @Option(names = "--corpus", paramLabel = "CORPUS.jsonl.gz",
            description = "The corpus holding their abstracts, by id (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz");

    @Option(names = "--reserved", paramLabel = "IDS.txt", description = "Ids never to read (default: ${DEFAULT-VALUE}).")
    Path reserved = Path.of("../shared/eval/RESERVED-IDS.txt");

    /** Returns the extra annotation files to train on. */
    List<Path> extraFiles() {
        if (noExtra) {
            return List.of();
        }
        if (extra != null) {
            return extra;
        }
        return Files.isRegularFile(PROJECT_ANNOTATIONS) ? List.of(PROJECT_ANNOTATIONS) : List.of();
    }
}
