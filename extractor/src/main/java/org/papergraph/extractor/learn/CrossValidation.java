package org.papergraph.extractor.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.PaperAnalyzer;
import org.papergraph.extractor.eval.Evaluation;
import org.papergraph.extractor.eval.Evaluator;
import org.papergraph.extractor.json.AnnotationJson;
import org.papergraph.extractor.wordclass.CorpusStatistics;

/**
 * K-fold cross-validation of the trained extractor by paper: for each fold, every model and the
 * form lexicon are trained on the other folds only, the held-out papers are decoded, and the
 * predictions are scored with the gold-format scorer; the folds' predictions together give the
 * micro-averaged figures.
 */
public final class CrossValidation {

    /**
     * The figures of a run.
     *
     * @param folds each scored fold's evaluation, in fold order
     * @param overall the scored folds' held-out predictions scored together (micro-averaged)
     * @param predictions the scored folds' held-out predictions, as JSON lines, in input order
     * @param alternatives for each set of other thresholds asked for, in that order, the same
     *     held-out papers decoded by the same models with those thresholds, micro-averaged
     */
    public record Result(List<Fold> folds, Evaluation overall, List<String> predictions, List<Evaluation> alternatives) {}

    /**
     * One scored fold.
     *
     * @param number the fold's number, from 1
     * @param evaluation its held-out papers' figures
     */
    public record Fold(int number, Evaluation evaluation) {}

    private CrossValidation() {}

    /** Returns the fold (0 to k−1) of each paper: a shuffle with the seed, then round robin. */
    public static int[] folds(int papers, int k, long seed) {
        if (k < 2 || k > papers) {
            throw new IllegalArgumentException("need 2 ≤ K ≤ " + papers + " folds, got " + k);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[papers];
        for (int position = 0; position < papers; position++) {
            fold[order.get(position)] = position % k;
        }
        return fold;
    }

    /**
     * Runs K-fold cross-validation with extra papers that join every fold's training part and are
     * never scored.
     *
     * @param prepared the papers to cross-validate on, after the pipeline, in the order of {@code gold}
     * @param gold their gold annotations
     * @param extraPrepared papers only to train on, after the pipeline, in the order of {@code extraGold}
     * @param extraGold their annotations
     * @param k the number of folds
     * @param seed the shuffle's seed
     * @param thresholds the decision thresholds
     * @param statistics the corpus statistics the features use
     * @param settings the training settings
     * @param alternatives other thresholds to decode the held-out papers with too, each scored
     *     apart: what the decision thresholds change, measured on the same models at the cost of
     *     decoding only, since training dominates a run
     * @param foldModels a folder where each fold's models are kept, or null: a fold whose models
     *     are there, trained on the same papers with the same settings, is not trained again
     * @param scored which folds to train and score (0 to k−1): all of them for the full figures, or
     *     some, to measure a change to training in a fraction of the time, against those folds' lines
     *     of a full run
     * @throws IOException if the fold models cannot be read or written
     * @throws IllegalArgumentException if no fold, or one outside 0 to k−1, is asked for
     */
    public static Result run(List<PaperAnalyzer.Prepared> prepared, List<GoldPaper> gold, List<PaperAnalyzer.Prepared> extraPrepared,
            List<GoldPaper> extraGold, int k, long seed, ExtractionModels.Thresholds thresholds,
            CorpusStatistics statistics, ModelTrainer.Settings settings, List<ExtractionModels.Thresholds> alternatives,
            @Nullable Path foldModels, Set<Integer> scored) throws IOException {
        int[] fold = folds(prepared.size(), k, seed);
        if (scored.isEmpty() || scored.stream().anyMatch(f -> f < 0 || f >= k)) {
            throw new IllegalArgumentException("folds to score must be among 1 to " + k + ", got "
                    + scored.stream().sorted().map(f -> String.valueOf(f + 1)).toList());
        }
        // decoding 0 is with the thresholds trained with, the others with the alternatives
        List<ExtractionModels.Thresholds> decodings = new ArrayList<>(List.of(thresholds));
        decodings.addAll(alternatives);
        String[][] predictions = new String[decodings.size()][prepared.size()];
        List<Fold> evaluations = new ArrayList<>();
        ModelTrainer trainer = new ModelTrainer(statistics, settings);
        for (int f = 0; f < k; f++) {
            if (!scored.contains(f)) {
                continue;
            }
            List<ModelTrainer.TrainingPaper> training = new ArrayList<>();
            for (int i = 0; i < extraPrepared.size(); i++) {
                training.add(new ModelTrainer.TrainingPaper(extraPrepared.get(i).view(), extraGold.get(i), false));
            }
            for (int i = 0; i < prepared.size(); i++) {
                if (fold[i] != f) {
                    training.add(new ModelTrainer.TrainingPaper(prepared.get(i).view(), gold.get(i), true));
                }
            }
            // each decoder sets its own thresholds, so the models' own do not matter here
            ExtractionModels models = foldModels == null ? trainer.train(training, thresholds)
                    : kept(foldModels, f, k, training, settings, () -> trainer.train(training, thresholds));
            List<PaperDecoder> decoders = decodings.stream().map(t -> new PaperDecoder(models.with(t), statistics)).toList();
            List<String> goldLines = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                if (fold[i] == f) {
                    PaperAnalyzer.Prepared p = prepared.get(i);
                    for (int d = 0; d < decoders.size(); d++) {
                        predictions[d][i] = AnnotationJson.toLine(p.from(decoders.get(d).decode(p.view())));
                    }
                    predicted.add(predictions[0][i]);
                    goldLines.add(gold.get(i).line());
                }
            }
            evaluations.add(new Fold(f + 1, Evaluator.evaluateLines(goldLines, predicted)));
        }
        List<String> scoredGold = new ArrayList<>();
        List<List<String>> scoredPredictions = new ArrayList<>();
        for (String[] ignored : predictions) {
            scoredPredictions.add(new ArrayList<>());
        }
        for (int i = 0; i < prepared.size(); i++) {
            if (scored.contains(fold[i])) {
                scoredGold.add(gold.get(i).line());
                for (int d = 0; d < predictions.length; d++) {
                    scoredPredictions.get(d).add(predictions[d][i]);
                }
            }
        }
        List<Evaluation> overall = scoredPredictions.stream().map(lines -> Evaluator.evaluateLines(scoredGold, lines)).toList();
        return new Result(evaluations, overall.get(0), List.copyOf(scoredPredictions.get(0)), overall.subList(1, overall.size()));
    }

    /**
     * The fold's models from the folder, or trained and written there. The file's name carries a
     * digest of what the models learned from (the training papers' annotations and abstracts, and
     * the settings), so models of other papers or settings are never read for these. The models
     * are always read back from the file, so a fold decodes alike whether it was trained in this
     * run or an earlier one. What the digest cannot see is the code: after a change to the
     * features or the trainer, empty the folder.
     */
    private static ExtractionModels kept(Path folder, int fold, int k, List<ModelTrainer.TrainingPaper> training,
            ModelTrainer.Settings settings, Supplier<ExtractionModels> train) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
        for (ModelTrainer.TrainingPaper paper : training) {
            digest.update(paper.gold().line().getBytes(StandardCharsets.UTF_8));
            digest.update((paper.view().text() + "\u0000" + paper.view().day() + "\u0000" + paper.goldStyle() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String name = String.format(Locale.ROOT, "fold-%d-of-%d-%s.txt.gz", fold + 1, k,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            train.get().write(file);
        }
        try {
            return ExtractionModels.read(file);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage() + " (delete it to train that fold again)", e);
        }
    }
}
