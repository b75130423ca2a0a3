package org.papergraph.extractor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.extractor.annotate.PaperAnalyzer;
import org.papergraph.extractor.learn.ExtractionModels;
import org.papergraph.extractor.learn.GoldPaper;
import org.papergraph.extractor.learn.ModelTrainer;
import org.papergraph.extractor.learn.PreparedCorpus;
import org.papergraph.extractor.learn.TrainingSet;
import org.papergraph.extractor.wordclass.CorpusStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code papergraph train}: rebuilds the extractor's models from the annotated papers,
 * deterministically (the same papers give the same model bytes).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the extractor's models on annotated papers (see TRAIN-GOLD.md).")
public final class TrainCommand implements Callable<Integer> {

    @Mixin
    TrainingData data = new TrainingData();

    @Option(names = "--out", paramLabel = "MODELS.txt.gz", description = "Where to write the models (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("extractor/src/main/resources/" + ExtractionModels.RESOURCE);

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for the pipeline (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        TrainingSet set = TrainingSet.load(data.gold, data.extraFiles(), data.corpus, data.reserved);
        List<TrainingSet.Item> all = set.all();
        System.err.printf("papergraph train: %d annotated papers (%d of %s, %d of %s); running the pipeline...%n", all.size(),
                set.papers().size(), data.gold, set.extra().size(), data.extraFiles());
        List<PaperAnalyzer.Prepared> prepared = PreparedCorpus.prepare(all.stream().map(TrainingSet.Item::record).toList(), threads);
        List<GoldPaper> gold = all.stream().map(TrainingSet.Item::gold).toList();
        List<ModelTrainer.TrainingPaper> papers = new java.util.ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            // set.all() lists the gold file's papers first, then the project's own
            papers.add(new ModelTrainer.TrainingPaper(prepared.get(i).view(), gold.get(i), i < set.papers().size()));
        }
        ExtractionModels models = new ModelTrainer(CorpusStatistics.shipped(), data.settings()).train(papers, ModelTrainingDefaults.THRESHOLDS);
        models.write(out);
        System.err.printf("papergraph train: wrote %s (entities %d%s, proposed %d, relations %d, claims %d + first pass %d features; lexicon %d forms) in %.0f s%n",
                out, models.entities().size(), models.firstPass() == null ? "" : " + first pass " + models.firstPass().size(),
                models.proposed().size(), models.relations().size(), models.claims().size(), models.claimFirstPass().size(),
                models.lexicon().size(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
