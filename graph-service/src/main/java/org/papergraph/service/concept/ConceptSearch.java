package org.papergraph.service.concept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.papergraph.service.explore.ConceptSummary;

/**
 * How concept search ranks a label against a query, ignoring case: an exact match scores 1.0, a
 * prefix of the whole label 0.9, a prefix of one of its words 0.8, a substring 0.6, and a fuzzy
 * match (Damerau-Levenshtein similarity of at least 0.7, against the label and against its
 * prefixes of about the query's length) up to 0.5. Ties go to the concept more papers mention.
 * {@link ConceptIndex} finds the candidate labels; this class only scores them.
 */
final class ConceptSearch {

    /** What separates the words of a label, for word-prefix matches. */
    static final String WORD_SEPARATORS = "[\\s\\-_/]+";
    /** Shortest query matched fuzzily. */
    static final int MIN_FUZZY_LENGTH = 3;
    /** Best score first, then the concept more papers mention, then by name. */
    static final Comparator<Hit> RANKING = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparing(Comparator.comparingLong((Hit h) -> h.concept().papers()).reversed())
            .thenComparing(h -> h.concept().name());

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

    /** Scores one label against the query; both already normalised. 0 means no match. */
    static double score(String q, String label) {
        if (label.equals(q)) {
            return 1.0;
        }
        if (label.startsWith(q)) {
            return 0.9 - 0.05 * Math.min(1.0, (label.length() - q.length()) / 20.0);
        }
        for (String word : label.split(WORD_SEPARATORS)) {
            if (word.startsWith(q)) {
                return 0.8;
            }
        }
        if (label.contains(q)) {
            return 0.6;
        }
        double similarity = Math.max(similarity(q, label), prefixSimilarity(q, label) - 0.05);
        return similarity >= FUZZY_THRESHOLD && q.length() >= MIN_FUZZY_LENGTH ? 0.5 * similarity : 0;
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

    /** Returns the concept's preferred label, then its aliases. */
    static List<String> labels(ConceptSummary c) {
        List<String> labels = new ArrayList<>(c.aliases().size() + 1);
        labels.add(c.name());
        labels.addAll(c.aliases());
        return labels;
    }

    /** Lower-cases, strips and collapses white space. */
    static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
