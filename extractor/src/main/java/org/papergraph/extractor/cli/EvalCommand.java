package org.papergraph.extractor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.eval.Evaluation;
import org.papergraph.extractor.eval.Evaluator;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.PaperAnalyzer;
import org.papergraph.extractor.json.AnnotationJson;
import org.papergraph.extractor.learn.CrossValidation;
import org.papergraph.extractor.learn.ExtractionModels;
import org.papergraph.extractor.learn.PreparedCorpus;
import org.papergraph.extractor.learn.TrainingSet;
import org.papergraph.extractor.wordclass.CorpusStatistics;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code papergraph eval}: scores predictions (a file, or a corpus extracted on the spot) against
 * a gold file and prints precision, recall and F1 per aspect.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extracted annotations against a gold file (see GOLD-FORMAT.md).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "GOLD.jsonl",
            description = "The gold annotations (with --cv: the annotated papers to cross-validate on).")
    @Nullable Path gold;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Predictions predictions;

    @Option(names = "--cv", paramLabel = "K", description = "K-fold cross-validation of the trained models on the "
            + "--gold papers (their abstracts come from --corpus): train on K-1 folds, score the held-out one.")
    int folds;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the fold shuffle (default: ${DEFAULT-VALUE}).")
    long seed = ModelTrainingDefaults.SEED;

    @Option(names = "--pred-out", paramLabel = "FILE", description = "With --cv: also write the held-out predictions here.")
    @Nullable Path predictionsOut;

    @Option(names = "--also-thresholds", paramLabel = "NAME=VALUE[,NAME=VALUE...]",
            description = "With --cv: also decode the held-out papers with the shipped thresholds changed as given "
                    + "(names: entity, proposed, relation, claim, relation-ends), and print their micro-averaged figures. "
                    + "Repeat for several sets; each is decoded by the same fold models, so it costs little time.")
    List<String> alsoThresholds = new ArrayList<>();

    @Option(names = "--fold-models", paramLabel = "DIR",
            description = "With --cv: keep each fold's models in DIR, and read them from there instead of training when a "
                    + "run before trained them on the same papers with the same settings; for trying decoding changes "
                    + "without training again. Empty DIR after a change to the features or the trainer.")
    @Nullable Path foldModels;

    @Option(names = "--folds", paramLabel = "F[,F...]", split = ",",
            description = "With --cv: train and score only these folds (numbered from 1), for measuring a change to the "
                    + "features or the trainer in a fraction of the time: compare each with its line of a full run.")
    List<Integer> onlyFolds = new ArrayList<>();

    @Mixin
    TrainingData data = new TrainingData();

    static final class Predictions {
        @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "Predictions, as written by extract.")
        Path pred;

        @Option(names = "--input", arity = "1..*", paramLabel = "CORPUS", description = "A corpus to extract and score.")
        List<Path> inputs;
    }

    @Option(names = "--details", description = "Also print each paper's misses and false hits.")
    boolean details;

    @picocli.CommandLine.Mixin
    DeciderOptions decision = new DeciderOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads when extracting (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (folds != 0) {
            return crossValidate();
        }
        if (!alsoThresholds.isEmpty() || foldModels != null || !onlyFolds.isEmpty()) {
            System.err.println("papergraph eval: " + (foldModels != null ? "--fold-models" : !onlyFolds.isEmpty() ? "--folds"
                    : "--also-thresholds") + " needs --cv K");
            return 2;
        }
        if (gold == null || predictions == null) {
            System.err.println("papergraph eval: give --gold with --pred or --input, or --cv K");
            return 2;
        }
        Evaluation evaluation;
        if (predictions.pred != null) {
            evaluation = Evaluator.evaluate(gold, predictions.pred);
        } else {
            CorpusFiles.Input input = CorpusFiles.read(predictions.inputs, System.err);
            List<String> lines = new ArrayList<>();
            try (PaperGraphExtractor extractor = decision.open(threads)) {
                CorpusExtraction extraction = extractor.extract(input.records());
                extraction.papers().forEach(p -> lines.add(AnnotationJson.toLine(p)));
            }
            evaluation = Evaluator.evaluate(gold, lines);
        }
        if (details) {
            evaluation.details().forEach(System.out::println);
            System.out.println();
        }
        System.out.print(evaluation.table());
        return 0;
    }

    private int crossValidate() throws java.io.IOException {
        List<ExtractionModels.Thresholds> alternatives = new ArrayList<>();
        for (String changes : alsoThresholds) {
            try {
                alternatives.add(ModelTrainingDefaults.THRESHOLDS.with(changes));
            } catch (IllegalArgumentException e) {
                System.err.println("papergraph eval: --also-thresholds " + changes + ": " + e.getMessage());
                return 2;
            }
        }
        for (int f : onlyFolds) {
            if (f < 1 || f > folds) {
                System.err.println("papergraph eval: --folds " + f + ": there are folds 1 to " + folds);
                return 2;
            }
        }
        java.util.Set<Integer> scoredFolds = new java.util.TreeSet<>();
        for (int f = 1; f <= folds; f++) {
            if (onlyFolds.isEmpty() || onlyFolds.contains(f)) {
                scoredFolds.add(f - 1);
            }
        }
        Path goldFile = gold == null ? data.gold : gold;
        TrainingSet set = TrainingSet.load(goldFile, data.extraFiles(), data.corpus, data.reserved);
        System.err.printf("papergraph eval: %d-fold cross-validation on %d papers of %s%s%n", folds, set.papers().size(), goldFile,
                set.extra().isEmpty() ? "" : ", each fold also trained on the " + set.extra().size() + " papers of " + data.extraFiles());
        List<PaperAnalyzer.Prepared> prepared = PreparedCorpus.prepare(set.all().stream().map(TrainingSet.Item::record).toList(), threads);
        int scored = set.papers().size();
        CrossValidation.Result result = CrossValidation.run(prepared.subList(0, scored),
                set.papers().stream().map(TrainingSet.Item::gold).toList(), prepared.subList(scored, prepared.size()),
                set.extra().stream().map(TrainingSet.Item::gold).toList(), folds, seed, ModelTrainingDefaults.THRESHOLDS,
                CorpusStatistics.shipped(), data.settings(), alternatives, foldModels, scoredFolds);
        for (CrossValidation.Fold fold : result.folds()) {
            Evaluation e = fold.evaluation();
            System.out.printf("fold %d: %s%n", fold.number(), String.join(", ", Evaluator.ASPECTS.stream()
                    .map(a -> String.format(java.util.Locale.ROOT, "%s %.3f", a, e.score(a).f1())).toList())
                    + String.format(java.util.Locale.ROOT, ", value accuracy %.3f", e.valueAccuracy()));
        }
        if (details) {
            result.overall().details().forEach(System.out::println);
            System.out.println();
        }
        String over = scoredFolds.size() == folds ? "the " + folds + " held-out folds"
                : (scoredFolds.size() == 1 ? "held-out fold " : "held-out folds ")
                        + String.join(", ", scoredFolds.stream().map(f -> String.valueOf(f + 1)).toList()) + " of " + folds;
        System.out.println("micro-averaged over " + over + " (thresholds " + ModelTrainingDefaults.THRESHOLDS + "):");
        System.out.print(result.overall().table());
        for (int a = 0; a < alternatives.size(); a++) {
            System.out.println();
            System.out.println("the same models with thresholds " + alternatives.get(a) + ":");
            System.out.print(result.alternatives().get(a).table());
        }
        if (predictionsOut != null) {
            java.nio.file.Files.write(predictionsOut, result.predictions());
        }
        return 0;
    }

}
