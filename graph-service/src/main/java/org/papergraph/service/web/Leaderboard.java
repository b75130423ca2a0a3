package org.papergraph.service.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.ConceptSummary;

/**
 * The results reported for one concept, read from quantitative claims: the claims are grouped
 * into boards of comparable values (same metric, dataset and unit) and each board is ranked,
 * best first. A metric whose name says error, loss, perplexity, FID, WER or latency ranks the
 * lowest value first; every other board ranks the highest first.
 *
 * @param concept the dataset, metric or method asked about
 * @param role how the claims refer to it: {@code CLAIM_DATASET}, {@code CLAIM_METRIC} or {@code CLAIM_SUBJECT}
 * @param boards the boards, the one with the most entries first
 * @param truncated whether there were more claims than the limit allowed
 */
public record Leaderboard(ConceptSummary concept, String role, List<Board> boards, boolean truncated) {

    private static final Pattern LOWER_IS_BETTER = Pattern.compile(
            "(?i)\\b(error|errors|loss|perplexity|ppl|fid|wer|cer|latency|bits per|bpc|bpd)\\b");

    /**
     * Values that can be compared: one metric on one dataset in one unit.
     *
     * @param metric the metric, when the claims name one
     * @param dataset the dataset, when the claims name one
     * @param unit the unit ({@code %}, {@code x}), when there is one
     * @param lowerIsBetter whether the lowest value ranks first
     * @param entries the ranked entries
     */
    public record Board(@Nullable ConceptRef metric, @Nullable ConceptRef dataset, @Nullable String unit,
            boolean lowerIsBetter, List<Entry> entries) {}

    /**
     * One claimed result.
     *
     * @param rank its place on the board (equal values share a place)
     * @param subject the method or model the claim is about, when it names one
     * @param valueText the value as written ({@code 82.1%})
     * @param value the numeric value
     * @param paper the paper id
     * @param paperTitle the paper's title
     * @param sentence the sentence that states it
     * @param confidence the extractor's confidence, when known
     */
    public record Entry(int rank, @Nullable ConceptRef subject, String valueText, double value, String paper,
            String paperTitle, String sentence, @Nullable Double confidence) {}

    /**
     * A concept in brief.
     *
     * @param id the concept id
     * @param name its preferred label
     */
    public record ConceptRef(String id, String name) {}

    /**
     * One quantitative claim as read from the graph, before ranking.
     *
     * @param subject what the claim is about
     * @param metric the metric it names
     * @param dataset the dataset it names
     * @param valueText the value as written
     * @param value the numeric value
     * @param unit the unit
     * @param paper the paper id
     * @param paperTitle the paper's title
     * @param sentence the sentence that states it
     * @param confidence the extractor's confidence
     */
    record ClaimRow(@Nullable ConceptRef subject, @Nullable ConceptRef metric, @Nullable ConceptRef dataset,
            String valueText, double value, @Nullable String unit, String paper, String paperTitle, String sentence,
            @Nullable Double confidence) {}

    /** Groups the claims into boards and ranks each; linear in the number of claims after a sort. */
    static Leaderboard of(ConceptSummary concept, String role, List<ClaimRow> claims, boolean truncated) {
        Map<List<@Nullable Object>, List<ClaimRow>> groups = new LinkedHashMap<>();
        for (ClaimRow claim : claims) {
            groups.computeIfAbsent(Arrays.asList(claim.metric(), claim.dataset(), claim.unit()),
                    k -> new ArrayList<>()).add(claim);
        }
        List<Board> boards = new ArrayList<>();
        for (List<ClaimRow> group : groups.values()) {
            boards.add(board(group));
        }
        boards.sort(Comparator.comparingInt((Board b) -> b.entries().size()).reversed()
                .thenComparing(b -> b.metric() == null ? "\uffff" : b.metric().name()));
        return new Leaderboard(concept, role, List.copyOf(boards), truncated);
    }

    /** Returns whether a lower value of this metric is the better one. */
    static boolean lowerIsBetter(@Nullable ConceptRef metric) {
        return metric != null && LOWER_IS_BETTER.matcher(metric.name()).find();
    }

    private static Board board(List<ClaimRow> group) {
        ClaimRow first = group.getFirst();
        boolean lower = lowerIsBetter(first.metric());
        Comparator<ClaimRow> byValue = Comparator.comparingDouble(ClaimRow::value);
        List<ClaimRow> sorted = new ArrayList<>(group);
        sorted.sort((lower ? byValue : byValue.reversed()).thenComparing(ClaimRow::paper));
        List<Entry> entries = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ClaimRow c = sorted.get(i);
            boolean tie = i > 0 && sorted.get(i - 1).value() == c.value();
            int rank = tie ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, c.subject(), c.valueText(), c.value(), c.paper(), c.paperTitle(),
                    c.sentence(), c.confidence()));
        }
        return new Board(first.metric(), first.dataset(), first.unit(), lower,
                List.copyOf(entries));
    }
}
