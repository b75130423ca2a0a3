package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.cli.CorpusFiles;
import org.papergraph.extractor.eval.Evaluation;
import org.papergraph.extractor.eval.Evaluator;
import org.papergraph.extractor.json.AnnotationJson;

/**
 * Extracts our own small, hand-annotated regression set with the rules alone and holds them to it:
 * the rules find the candidates and features the trained models decide on, and stay a decider of
 * their own ({@code --decider rules}).
 */
class RegressionIT {

    private static final Path DIR = Path.of("src/test/resources/regression");

    @Test
    void extract_regressionSet_findsWhatAReaderFinds() throws Exception {
        List<PaperRecord> records = CorpusFiles.read(List.of(DIR.resolve("corpus.jsonl")), System.err).records();
        List<String> lines;
        try (PaperGraphExtractor extractor = PaperGraphExtractor.create(1, PaperGraphExtractor.Decider.RULES)) {
            lines = extractor.extract(records).papers().stream().map(AnnotationJson::toLine).toList();
        }
        Evaluation e = Evaluator.evaluate(DIR.resolve("expected.jsonl"), lines);
        String report = e.table() + String.join("\n", e.details());

        assertThat(e.score("entities (typed)").recall()).as(report).isEqualTo(1.0);
        assertThat(e.score("entities (typed)").precision()).as(report).isGreaterThanOrEqualTo(0.65);
        assertThat(e.score("proposed entities").f1()).as(report).isEqualTo(1.0);
        assertThat(e.score("claim sentences").f1()).as(report).isEqualTo(1.0);
        assertThat(e.score("quantitative claims").f1()).as(report).isEqualTo(1.0);
        assertThat(e.valueAccuracy()).as(report).isEqualTo(1.0);
        assertThat(e.score("relations").recall()).as(report).isGreaterThanOrEqualTo(0.9);
        assertThat(e.score("relations").precision()).as(report).isGreaterThanOrEqualTo(0.6);
    }
}
