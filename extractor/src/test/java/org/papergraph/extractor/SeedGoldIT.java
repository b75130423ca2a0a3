package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.eval.Evaluation;
import org.papergraph.extractor.eval.Evaluator;
import org.papergraph.extractor.json.AnnotationJson;

/**
 * The quality floors of issue 2 on the shared development gold (31 papers of the seed corpus): a
 * regression test that makes a drop in precision or recall fail the build.
 */
class SeedGoldIT {

    @Test
    void evaluate_seedDevGold_meetsTheFloors() throws Exception {
        assumeTrue(Files.exists(SeedCorpus.GOLD), "skipped: no development gold at " + SeedCorpus.GOLD.toAbsolutePath());
        List<String> lines = SeedCorpus.extraction().papers().stream().map(AnnotationJson::toLine).toList();
        Evaluation e = Evaluator.evaluate(SeedCorpus.GOLD, lines);
        System.out.print(e.table());
        assertThat(e.unmatchedGoldPapers()).isZero();
        assertThat(e.score("named methods+architectures").f1()).isGreaterThanOrEqualTo(0.70);
        assertThat(e.score("entities (typed)").f1()).isGreaterThanOrEqualTo(0.60);
        assertThat(e.score("proposed entities").f1()).isGreaterThanOrEqualTo(0.70);
        assertThat(e.score("relations").f1()).isGreaterThanOrEqualTo(0.40);
        assertThat(e.score("claim sentences").f1()).isGreaterThanOrEqualTo(0.80);
        assertThat(e.valueAccuracy()).isGreaterThanOrEqualTo(0.90);
    }
}
