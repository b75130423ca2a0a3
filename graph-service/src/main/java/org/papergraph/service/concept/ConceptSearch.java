package org.papergraph.service.concept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.ConceptGraph;
import org.papergraph.service.explore.ConceptSummary;
import org.papergraph.service.load.ConceptKind;

/**
 * Ranks concepts against a query over their names and aliases, ignoring case: an exact match
 * scores 1.0, a prefix of the whole label 0.9, a prefix of one of its words 0.8, a substring
 * 0.6, and a fuzzy match (Damerau-Levenshtein similarity of at least 0.7, against the label and
 * against its prefixes of about the query's length) up to 0.5. Ties go to the concept more papers
 * mention. The running time is linear in the number of labels.
 */
final class ConceptSearch {

    private static final double FUZZY_THRESHOLD = 0.7;

    private ConceptSearch() {}

    /**
     * A search hit.
     *
     * @param concept the concept
     * @param score how well it matches, in (0, 1]
     * @param matched the name or alias that matched best
     */
    record Hit(ConceptSummary concept, double score, String matched) {}

    static List<Hit> search(ConceptGraph graph, String query, @Nullable ConceptKind type, int limit) {
        String q = normalise(query);
        List<Hit> hits = new ArrayList<>();
        for (ConceptSummary c : graph.concepts()) {
            if (type != null && !type.label().equals(c.type())) {
                continue;
            }
            Hit best = null;
            for (String label : labels(c)) {
                double score = q.isEmpty() ? 0.01 : score(q, normalise(label));
                if (score > 0 && (best == null || score > best.score())) {
                    best = new Hit(c, score, label);
                }
            }
            if (best != null) {
                hits.add(best);
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(Comparator.comparingLong((Hit h) -> h.concept().papers()).reversed())
                .thenComparing(h -> h.concept().name()));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** Scores one label against the query; both already normalised. 0 means no match. */
    static double score(String q, String label) {
        if (label.equals(q)) {
            return 1.0;
        }
        if (label.startsWith(q)) {
            return 0.9 - 0.05 * Math.min(1.0, (label.length() - q.length()) / 20.0);
        }
        for (String word : label.split("[\\s\\-_/]+")) {
            if (word.startsWith(q)) {
                return 0.8;
            }
        }
        if (label.contains(q)) {
            return 0.6;
        }
        double similarity = Math.max(similarity(q, label), prefixSimilarity(q, label) - 0.05);
        return similarity >= FUZZY_THRESHOLD && q.length() >= 3 ? 0.5 * similarity : 0;
    }

    /** Returns the best similarity of the query to a prefix of the label one character shorter to one longer. */
    private static double prefixSimilarity(String q, String label) {
        double best = 0;
        for (int n = q.length() - 1; n <= q.length() + 1; n++) {
            if (n > 0 && n < label.length()) {
                best = Math.max(best, similarity(q, label.substring(0, n)));
            }
        }
        return best;
    }

    /** Returns 1 minus the optimal-string-alignment distance divided by the longer length. */
    static double similarity(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) d[a.length()][b.length()] / longer;
    }

    private static List<String> labels(ConceptSummary c) {
        List<String> labels = new ArrayList<>(c.aliases().size() + 1);
        labels.add(c.name());
        labels.addAll(c.aliases());
        return labels;
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
