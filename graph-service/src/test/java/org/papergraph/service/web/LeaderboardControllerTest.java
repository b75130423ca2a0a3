package org.papergraph.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.service.explore.ConceptGraph;
import org.papergraph.service.explore.ConceptGraphProjection;
import org.papergraph.service.load.ClaimLinkType;
import org.papergraph.service.web.Leaderboard.ClaimRow;
import org.papergraph.service.web.Leaderboard.ConceptRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest({LeaderboardController.class, VocabularyController.class})
class LeaderboardControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ConceptGraphProjection projection;

    @MockitoBean
    LeaderboardRepository claims;

    final ConceptGraph graph = mock(ConceptGraph.class);

    @BeforeEach
    void graph() {
        when(projection.current()).thenReturn(graph);
        when(graph.resolve(anyString())).thenReturn(Optional.empty());
        when(graph.resolve("ImageNet")).thenReturn(Optional.of(LeaderboardTest.IMAGENET));
    }

    @Test
    void leaderboard_dataset_readsClaimsOnTheDatasetOneMoreThanTheLimit() {
        when(claims.findClaims(LeaderboardTest.IMAGENET.iri(), ClaimLinkType.CLAIM_DATASET, 3)).thenReturn(List.of(
                row("a", 80), row("b", 82), row("c", 81)));
        assertThat(mvc.get().uri("/api/concepts/ImageNet/leaderboard?limit=2")).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.role").isEqualTo("CLAIM_DATASET");
                    assertThat(json).extractingPath("$.truncated").isEqualTo(true);
                    assertThat(json).extractingPath("$.boards[0].entries[*].valueText").asArray().containsExactly("82", "80");
                });
        verify(claims).findClaims(eq(LeaderboardTest.IMAGENET.iri()), eq(ClaimLinkType.CLAIM_DATASET), eq(3));
    }

    @Test
    void leaderboard_unknownConcept_404Problem() {
        assertThat(mvc.get().uri("/api/concepts/nothing/leaderboard")).hasStatus(404).bodyJson()
                .extractingPath("$.detail").asString().contains("nothing");
    }

    @Test
    void leaderboard_limitOutOfRange_400Problem() {
        assertThat(mvc.get().uri("/api/concepts/ImageNet/leaderboard?limit=0")).hasStatus(400).bodyJson()
                .extractingPath("$.detail").asString().contains("limit");
    }

    @Test
    void vocabulary_listsEveryRelationAndType() {
        assertThat(mvc.get().uri("/api/vocabulary")).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.relations[*].predicate").asArray().contains("evaluatedOn", "instanceOf");
            assertThat(json).extractingPath("$.types").asArray()
                    .containsExactly("Method", "Architecture", "Task", "Dataset", "Metric");
        });
    }

    private static ClaimRow row(String subject, double value) {
        return new ClaimRow(new ConceptRef(subject, subject), LeaderboardTest.TOP1, LeaderboardTest.DATASET,
                String.valueOf((int) value), value, "%", "p-" + subject, "Paper " + subject, "We reach it.",
                0.8);
    }
}
