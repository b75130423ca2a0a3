package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.eval.Evaluation;
import org.papergraph.extractor.eval.Evaluator;
import org.papergraph.extractor.json.AnnotationJson;

/**
 * Quality floors on the shared development gold (31 papers of the seed corpus): regression tests
 * that make a drop in precision or recall fail the build, for the shipped models (trained on the
 * arXiv training papers only, never on these) and for the rules alone (tuned on these papers).
 */
class SeedGoldIT {

    /** F1 floors per aspect, and the floor of the value accuracy. */
    private record Floors(double named, double typed, double proposed, double relations, double claims, double values) {}

    /*
     * The shipped models on the development gold, measured when they were trained (F1: named
     * methods+architectures 0.798, typed 0.762, proposed 0.688, relations 0.410, claim sentences
     * 0.831; value accuracy 10 of 13; the seed corpus is undated, so without the earlier-use
     * features), each floor a little below: retraining may move them a little, a real loss fails
     * the build. Claim sentences were 0.828 before the claim model decided in two passes, which
     * took them from 0.869 to 0.883 in cross-validation over 1,137 claims; here, over 88, the
     * 1,920-paper models gave 0.810 (P 0.954, R 0.705), and 0.848 at the old claim threshold of
     * 0.35, where the claims-only harness gives 0.877 in cross-validation; the 3,200-paper models
     * gave 0.833, the 4,160-paper models 0.829, the 4,800-paper models 0.818, and with the gold-style
     * copies 0.831. The value floor stands on a dozen claims, where one claim is 0.08: it was 0.80 for 9 of 11, until the claim model learned the
     * LaTeX-bearing claims of the training papers, matched a twelfth claim here and gained 6 right
     * values in cross-validation. Proposed stands on
     * 46 concepts, where one is about 0.02, and has swung more than the cross-validated figure on
     * 1,119 concepts: 0.713 before "X block" and X became one concept (0.689 after, while it rose
     * from 0.641 to 0.659 in cross-validation); 0.602 when the models were trained with every paper
     * dated and met undated papers only here; 0.698 with 640 of the project's annotated papers, and
     * 0.635 (27 found, 3 fewer) with 1,920, while cross-validated proposed rose from 0.679 to 0.694;
     * 0.682 (29 found) with 3,200, 0.719 (32 found) with 4,160, and 0.667 (31 found, 16 false hits
     * against 11) with 4,800, while cross-validated proposed went from 0.705 to 0.702; 0.688 (32
     * found, 15 false hits) with the gold-style copies, 0.709 in cross-validation. Its floor
     * went from 0.67 to 0.62 with the 1,920-paper models (the larger measurement wins, and this
     * one still catches a collapse), back to 0.67 with the 4,160-paper models and to 0.65 with the
     * 4,800-paper models, and back to 0.67 with the gold-style copies. Relations, over 203
     * relations here, fell from 0.454 (83 found) to 0.402 (74 found) with the 4,800-paper models,
     * while cross-validated they held (0.373, 0.371 over 3,790), and rose to 0.410 (75 found) with
     * the relation object's context (0.384 cross-validated); their floor stays.
     */
    private static final Floors MODELS = new Floors(0.75, 0.67, 0.67, 0.37, 0.76, 0.74);

    /** The floors of issue 2, which the rules were written to meet. */
    private static final Floors RULES = new Floors(0.70, 0.60, 0.70, 0.40, 0.80, 0.90);

    @Test
    void evaluate_seedDevGold_shippedModels_meetTheirFloors() throws Exception {
        assertMeets(SeedCorpus.extraction(), MODELS);
    }

    @Test
    void evaluate_seedDevGold_rulesAlone_meetTheFloorsOfIssue2() throws Exception {
        assertMeets(SeedCorpus.extractionByRules(), RULES);
    }

    private static void assertMeets(CorpusExtraction extraction, Floors floors) throws Exception {
        assumeTrue(Files.exists(SeedCorpus.GOLD), "skipped: no development gold at " + SeedCorpus.GOLD.toAbsolutePath());
        Evaluation e = Evaluator.evaluate(SeedCorpus.GOLD, extraction.papers().stream().map(AnnotationJson::toLine).toList());
        System.out.print(e.table());
        assertThat(e.unmatchedGoldPapers()).isZero();
        assertThat(e.score("named methods+architectures").f1()).isGreaterThanOrEqualTo(floors.named());
        assertThat(e.score("entities (typed)").f1()).isGreaterThanOrEqualTo(floors.typed());
        assertThat(e.score("proposed entities").f1()).isGreaterThanOrEqualTo(floors.proposed());
        assertThat(e.score("relations").f1()).isGreaterThanOrEqualTo(floors.relations());
        assertThat(e.score("claim sentences").f1()).isGreaterThanOrEqualTo(floors.claims());
        assertThat(e.valueAccuracy()).isGreaterThanOrEqualTo(floors.values());
    }
}
