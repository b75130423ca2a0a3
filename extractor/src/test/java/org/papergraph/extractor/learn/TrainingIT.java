package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.annotate.PaperAnalyzer;
import org.papergraph.extractor.wordclass.CorpusStatistics;

/** Trains on a slice of the shared training papers: the same papers give the same model bytes, and the models decide. */
class TrainingIT {

    private static final Path SHARED = Path.of("../../shared");

    @TempDir
    Path dir;

    /** The first papers of the shared training set after the pipeline, with their gold annotations. */
    private record Slice(List<PaperAnalyzer.Prepared> prepared, List<GoldPaper> gold) {

        static Slice first(int n) throws Exception {
            Path gold = SHARED.resolve("eval/train-gold.jsonl");
            assumeTrue(Files.exists(gold), "skipped: no training papers at " + gold.toAbsolutePath());
            TrainingSet set = TrainingSet.load(gold, SHARED.resolve("data/abstracts/arxiv_cs_2025_2026.jsonl.gz"),
                    SHARED.resolve("eval/RESERVED-IDS.txt"));
            List<TrainingSet.Item> items = set.papers().subList(0, n);
            return new Slice(PreparedCorpus.prepare(items.stream().map(TrainingSet.Item::record).toList(), 2),
                    items.stream().map(TrainingSet.Item::gold).toList());
        }

        List<ModelTrainer.TrainingPaper> papers(int count) {
            List<ModelTrainer.TrainingPaper> papers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                papers.add(new ModelTrainer.TrainingPaper(prepared.get(i).view(), gold.get(i), true));
            }
            return papers;
        }
    }

    @Test
    void train_samePapersTwice_sameModelBytes_andTheModelsFindConcepts() throws Exception {
        Slice slice = Slice.first(80);
        List<ModelTrainer.TrainingPaper> papers = slice.papers(70);
        ModelTrainer trainer = new ModelTrainer(CorpusStatistics.shipped());
        trainer.train(papers, ExtractionModels.Thresholds.DEFAULT).write(dir.resolve("a.txt.gz"));
        ExtractionModels models = trainer.train(papers, ExtractionModels.Thresholds.DEFAULT);
        models.write(dir.resolve("b.txt.gz"));
        assertThat(Files.readAllBytes(dir.resolve("b.txt.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("a.txt.gz")));
        ExtractionModels read = ExtractionModels.read(dir.resolve("a.txt.gz"));
        assertThat(read.entities().labels()).containsExactlyInAnyOrder("NONE", "Method", "Architecture", "Task", "Dataset", "Metric");
        assertThat(read.firstPass()).as("the entity model's first pass").isNotNull();
        assertThat(read.firstPass().labels()).isEqualTo(read.entities().labels());
        assertThat(read.claimFirstPass().labels()).as("the claim model's first pass").isEqualTo(read.claims().labels());
        assertThat(read.claims().strongest("quantitative", 2000)).as("the second pass reads the first's verdicts")
                .anyMatch(f -> f.startsWith("selfP="));

        PaperDecoder decoder = new PaperDecoder(models, CorpusStatistics.shipped());
        int found = 0;
        for (int i = 70; i < 80; i++) {
            PaperAnalyzer.Prepared unseen = slice.prepared().get(i);
            PaperAnnotation paper = unseen.from(decoder.decode(unseen.view()));
            found += paper.entities().size();
            paper.entities().forEach(e -> assertThat(e.mentions()).isNotEmpty());
            assertThat(paper.entities()).extracting(e -> e.type()).allMatch(t -> t instanceof ConceptType);
        }
        assertThat(found).as("entities the models keep in 10 unseen papers").isGreaterThan(20);
    }

    @Test
    void train_withTheMentionTagger_samePapersTwice_sameModelBytes() throws Exception {
        List<ModelTrainer.TrainingPaper> papers = Slice.first(40).papers(40);
        ModelTrainer trainer = new ModelTrainer(CorpusStatistics.shipped(), ModelTrainer.Settings.DEFAULT.withTagger(true));
        trainer.train(papers, ExtractionModels.Thresholds.DEFAULT).write(dir.resolve("a.txt.gz"));
        trainer.train(papers, ExtractionModels.Thresholds.DEFAULT).write(dir.resolve("b.txt.gz"));
        assertThat(Files.readAllBytes(dir.resolve("b.txt.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("a.txt.gz")));
        ExtractionModels models = ExtractionModels.read(dir.resolve("a.txt.gz"));
        assertThat(models.tagger()).as("the mention tagger").isNotNull();
        assertThat(models.tagger().labels()).containsExactly("O", "Architecture", "Dataset", "Method", "Metric", "Task");
    }

    @Test
    void shippedModels_load() {
        ExtractionModels models = ExtractionModels.shipped();
        assertThat(models).as("models/papergraph-models.txt.gz on the classpath").isNotNull();
        assertThat(models.relations().labels()).contains("NONE", "usesMethod", "evaluatedOn", "addresses");
        assertThat(models.claims().labels()).containsExactlyInAnyOrder("NONE", "qualitative", "quantitative");
        assertThat(models.lexicon().size()).isGreaterThan(1000);
    }
}
