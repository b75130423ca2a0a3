package org.papergraph.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.service.explore.ConceptSummary;
import org.papergraph.service.web.Leaderboard.ClaimRow;
import org.papergraph.service.web.Leaderboard.ConceptRef;
import org.papergraph.service.web.Leaderboard.Entry;

class LeaderboardTest {

    static final ConceptSummary IMAGENET = new ConceptSummary("imagenet", "https://papergraph.org/id/concept/imagenet",
            "ImageNet", "Dataset", List.of(), 3);
    static final ConceptRef TOP1 = new ConceptRef("top-1-accuracy", "top-1 accuracy");
    static final ConceptRef ERROR = new ConceptRef("error-rate", "error rate");
    static final ConceptRef DATASET = new ConceptRef("imagenet", "ImageNet");

    @Test
    void of_sameMetricAndUnit_oneBoardHighestFirst() {
        Leaderboard board = Leaderboard.of(IMAGENET, "CLAIM_DATASET", List.of(
                claim("tnt", TOP1, "81.5%", 81.5, "%", "p1"), claim("poolformer", TOP1, "82.1%", 82.1, "%", "p2"),
                claim("svit", TOP1, "86.4%", 86.4, "%", "p3")), false);
        assertThat(board.boards()).hasSize(1);
        assertThat(board.boards().getFirst().lowerIsBetter()).isFalse();
        assertThat(board.boards().getFirst().entries()).extracting(Entry::valueText).containsExactly("86.4%", "82.1%", "81.5%");
        assertThat(board.boards().getFirst().entries()).extracting(Entry::rank).containsExactly(1, 2, 3);
    }

    @Test
    void of_differentUnits_separateBoardsLargestFirst() {
        Leaderboard board = Leaderboard.of(IMAGENET, "CLAIM_DATASET", List.of(
                claim("a", TOP1, "2x", 2, "x", "p1"), claim("b", TOP1, "80%", 80, "%", "p2"),
                claim("c", TOP1, "81%", 81, "%", "p3")), false);
        assertThat(board.boards()).extracting(Leaderboard.Board::unit).containsExactly("%", "x");
    }

    @Test
    void of_errorMetric_lowestFirst_tiesShareARank() {
        Leaderboard board = Leaderboard.of(IMAGENET, "CLAIM_DATASET", List.of(
                claim("a", ERROR, "5.1%", 5.1, "%", "p1"), claim("b", ERROR, "3.2%", 3.2, "%", "p2"),
                claim("c", ERROR, "3.2%", 3.2, "%", "p3")), false);
        Leaderboard.Board only = board.boards().getFirst();
        assertThat(only.lowerIsBetter()).isTrue();
        assertThat(only.entries()).extracting(Entry::valueText).containsExactly("3.2%", "3.2%", "5.1%");
        assertThat(only.entries()).extracting(Entry::rank).containsExactly(1, 1, 3);
    }

    @Test
    void lowerIsBetter_byMetricName() {
        assertThat(Leaderboard.lowerIsBetter(new ConceptRef("ppl", "perplexity"))).isTrue();
        assertThat(Leaderboard.lowerIsBetter(new ConceptRef("fid", "FID"))).isTrue();
        assertThat(Leaderboard.lowerIsBetter(TOP1)).isFalse();
        assertThat(Leaderboard.lowerIsBetter(null)).isFalse();
    }

    private static ClaimRow claim(String subject, ConceptRef metric, String valueText, double value, String unit,
            String paper) {
        return new ClaimRow(new ConceptRef(subject, subject), metric, DATASET, valueText, value, unit, paper,
                "Paper " + paper, "We reach " + valueText + ".", 0.8);
    }
}
