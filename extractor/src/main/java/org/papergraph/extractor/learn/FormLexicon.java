package org.papergraph.extractor.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.eval.AnnotatedPaper;

/**
 * A gazetteer learned from annotated papers: for each candidate form, in how many training papers
 * it was a candidate, in how many the annotators listed it, as which kind, and how often proposed.
 *
 * <p>Built by {@link ModelTrainer} from the training papers only (inside a cross-validation fold,
 * from that fold's training part). For a training paper's own candidates the paper's own counts
 * are left out, so the models learn how far a form's history predicts a paper they have not seen.
 */
public final class FormLexicon {

    private static final int FIELDS = 3 + ConceptType.values().length;

    /** Per form: candidate papers, gold papers, proposed papers, then gold papers per kind. */
    private final Map<String, int[]> counts;

    private FormLexicon(Map<String, int[]> counts) {
        this.counts = counts;
    }

    /** Counts the forms of the given training papers. */
    public static FormLexicon build(List<ModelTrainer.TrainingPaper> papers) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ModelTrainer.TrainingPaper p : papers) {
            for (Candidate c : p.view().candidates()) {
                int[] row = counts.computeIfAbsent(c.key(), k -> new int[FIELDS]);
                add(row, p.gold().entityOf(c), 1);
            }
        }
        counts.values().removeIf(row -> row[0] < 2 && row[1] == 0);
        return new FormLexicon(counts);
    }

    private static void add(int[] row, AnnotatedPaper.@Nullable Ent gold, int sign) {
        row[0] += sign;
        if (gold != null) {
            row[1] += sign;
            row[2] += gold.proposed() ? sign : 0;
            row[3 + typeIndex(gold.type())] += sign;
        }
    }

    private static int typeIndex(String type) {
        try {
            return ConceptType.fromLabel(type).ordinal();
        } catch (IllegalArgumentException e) {
            return ConceptType.METHOD.ordinal();
        }
    }

    /**
     * Adds the lexicon's features for a candidate to {@code out}.
     *
     * @param self the candidate's own gold paper when it is a training example (its counts are
     *     left out), else null
     */
    void features(Candidate c, @Nullable GoldPaper self, List<String> out) {
        int[] stored = counts.get(c.key());
        if (stored == null) {
            out.add("gz=unseen");
            return;
        }
        int[] row = stored.clone();
        if (self != null) {
            add(row, self.entityOf(c), -1);
        }
        if (row[0] <= 0) {
            out.add("gz=unseen");
            return;
        }
        double rate = (double) row[1] / row[0];
        out.add("gzN=" + Math.min(row[0], 5));
        out.add("gzRate=" + bucket(rate));
        out.add("gzRate=" + bucket(rate) + "|n" + Math.min(row[0], 3));
        if (row[1] > 0) {
            int best = 0;
            for (int t = 1; t < ConceptType.values().length; t++) {
                if (row[3 + t] > row[3 + best]) {
                    best = t;
                }
            }
            out.add("gzType=" + ConceptType.values()[best].label());
            out.add("gzProp=" + bucket((double) row[2] / row[1]));
        }
    }

    private static String bucket(double rate) {
        return rate == 0 ? "0" : rate < 0.2 ? "lo" : rate < 0.5 ? "mid" : rate < 0.8 ? "hi" : "top";
    }

    /** Writes the lexicon, one form a line. */
    public void write(Writer out) throws IOException {
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey());
            for (int v : e.getValue()) {
                line.append('\t').append(v);
            }
            out.write(line.append('\n').toString());
        }
        out.write("end\n");
    }

    /**
     * Reads a lexicon written by {@link #write}.
     *
     * @throws IOException if reading fails or a line is malformed
     */
    public static FormLexicon read(BufferedReader in) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (String[] cols : TableSection.rows(in, FIELDS + 1, "lexicon")) {
            int[] row = new int[FIELDS];
            for (int i = 0; i < FIELDS; i++) {
                row[i] = Integer.parseInt(cols[i + 1]);
            }
            counts.put(cols[0], row);
        }
        return new FormLexicon(counts);
    }

    /** Returns the number of forms. */
    public int size() {
        return counts.size();
    }
}
