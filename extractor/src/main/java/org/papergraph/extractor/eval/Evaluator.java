package org.papergraph.extractor.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Scores predicted paper annotations against gold ones by the rules of GOLD-FORMAT.md.
 *
 * <p>Papers match by id when both have one, else by title (case, punctuation and white space
 * ignored). Entities match when a normalised form of the name or any alias is shared; relations
 * when the predicate is the same and both ends match; claims when one normalised sentence
 * contains the other. Matching is one-to-one, greedy in file order. Scores are micro-averaged
 * over all gold papers; predicted papers with no gold paper are ignored.
 */
public final class Evaluator {

    /** Aspect names, in report order. */
    public static final List<String> ASPECTS = List.of("entities (untyped)", "entities (typed)",
            "named methods+architectures", "proposed entities", "relations", "claim sentences", "quantitative claims");

    /**
     * Claim slots, scored on the claim sentences matched in both files: a slot value is right when
     * it names the same entity as the gold one (forms shared, as for relation ends); a predicted
     * value that is wrong counts as a false hit and a miss.
     */
    public static final List<String> SLOTS = List.of("claim subject", "claim metric", "claim dataset", "claim comparedTo");

    private Evaluator() {}

    /**
     * Scores the prediction file against the gold file.
     *
     * @throws IOException if either file cannot be read
     */
    public static Evaluation evaluate(Path gold, Path predicted) throws IOException {
        return evaluate(AnnotationFile.read(gold), AnnotationFile.read(predicted));
    }

    /**
     * Scores predictions given as JSON lines (as {@code AnnotationJson} writes them) against the gold file.
     *
     * @throws IOException if the gold file cannot be read
     */
    public static Evaluation evaluate(Path gold, List<String> predictedLines) throws IOException {
        return evaluate(AnnotationFile.read(gold), predictedLines.stream().map(AnnotationFile::parse).toList());
    }

    /**
     * Scores predictions against gold annotations, both given as JSON lines of the gold format.
     *
     * @throws IllegalArgumentException if a line is not a paper annotation
     */
    public static Evaluation evaluateLines(List<String> goldLines, List<String> predictedLines) {
        return evaluate(goldLines.stream().map(AnnotationFile::parse).toList(),
                predictedLines.stream().map(AnnotationFile::parse).toList());
    }

    static Evaluation evaluate(List<AnnotatedPaper> gold, List<AnnotatedPaper> predicted) {
        Map<String, Score> scores = new LinkedHashMap<>();
        ASPECTS.forEach(a -> scores.put(a, new Score(a, 0, 0, 0)));
        Map<String, Score> slots = new LinkedHashMap<>();
        SLOTS.forEach(a -> slots.put(a, new Score(a, 0, 0, 0)));
        Map<String, AnnotatedPaper> byId = new HashMap<>();
        Map<String, AnnotatedPaper> byTitle = new HashMap<>();
        for (AnnotatedPaper p : predicted) {
            if (p.id() != null) {
                byId.put(p.id(), p);
            }
            byTitle.put(Normalizer.text(p.title()), p);
        }
        int[] values = new int[2];
        int unmatched = 0;
        List<String> details = new ArrayList<>();
        for (AnnotatedPaper g : gold) {
            AnnotatedPaper p = g.id() != null && byId.containsKey(g.id()) ? byId.get(g.id()) : byTitle.get(Normalizer.text(g.title()));
            if (p == null) {
                unmatched++;
                p = new AnnotatedPaper(g.id(), g.title(), List.of(), List.of(), List.of());
            }
            new PaperScorer(g, p, scores, slots, values, details).score();
        }
        return new Evaluation(List.copyOf(scores.values()), values[0], values[1], unmatched, details,
                List.copyOf(slots.values()));
    }

    /** A gold item and the predicted item matched to it. */
    private record Pair<T>(T gold, T predicted) {}

    /** Scores one paper pair into the running totals. */
    private record PaperScorer(AnnotatedPaper gold, AnnotatedPaper pred, Map<String, Score> scores,
            Map<String, Score> slots, int[] values, List<String> details) {

        void score() {
            BiPredicate<AnnotatedPaper.Ent, AnnotatedPaper.Ent> sameForm = (g, p) -> intersects(g.forms(), p.forms());
            match("entities (untyped)", gold.entities(), pred.entities(), e -> true, sameForm, AnnotatedPaper.Ent::name);
            match("entities (typed)", gold.entities(), pred.entities(), e -> true,
                    sameForm.and((g, p) -> g.type().equalsIgnoreCase(p.type())), e -> e.name() + "/" + e.type());
            match("named methods+architectures", gold.entities(), pred.entities(),
                    e -> e.type().equals("Method") || e.type().equals("Architecture"), sameForm, AnnotatedPaper.Ent::name);
            match("proposed entities", gold.entities(), pred.entities(), AnnotatedPaper.Ent::proposed, sameForm,
                    AnnotatedPaper.Ent::name);
            match("relations", gold.relations(), pred.relations(), r -> true,
                    (g, p) -> g.predicate().equals(p.predicate()) && sameEnd(g.subject(), p.subject()) && sameEnd(g.object(), p.object()),
                    r -> r.subject() + " " + r.predicate() + " " + r.object());
            BiPredicate<AnnotatedPaper.Clm, AnnotatedPaper.Clm> sameSentence = (g, p) -> sameSentence(g.sentence(), p.sentence());
            List<Pair<AnnotatedPaper.Clm>> claimPairs = match("claim sentences", gold.claims(), pred.claims(), c -> true,
                    sameSentence, Evaluator::shortSentence);
            for (Pair<AnnotatedPaper.Clm> pair : claimPairs) {
                AnnotatedPaper.Clm g = pair.gold();
                AnnotatedPaper.Clm p = pair.predicted();
                slot("claim subject", listOf(g.subject()), listOf(p.subject()), g);
                slot("claim metric", listOf(g.metric()), listOf(p.metric()), g);
                slot("claim dataset", listOf(g.dataset()), listOf(p.dataset()), g);
                slot("claim comparedTo", g.comparedTo(), p.comparedTo(), g);
            }
            List<Pair<AnnotatedPaper.Clm>> pairs = match("quantitative claims", gold.claims(), pred.claims(),
                    AnnotatedPaper.Clm::quantitative, sameSentence, c -> shortSentence(c) + " = " + c.value());
            for (Pair<AnnotatedPaper.Clm> pair : pairs) {
                values[0]++;
                if (sameFirstNumber(pair.gold().value(), pair.predicted().value())) {
                    values[1]++;
                } else {
                    details.add(gold.title() + " | value: expected " + pair.gold().value() + ", got " + pair.predicted().value());
                }
            }
        }

        private <T> List<Pair<T>> match(String aspect, List<T> goldItems, List<T> predItems, Predicate<T> filter,
                BiPredicate<T, T> same, java.util.function.Function<T, String> describe) {
            List<T> g = goldItems.stream().filter(filter).toList();
            List<T> p = new ArrayList<>(predItems.stream().filter(filter).toList());
            List<Pair<T>> pairs = new ArrayList<>();
            int tp = 0;
            for (T item : g) {
                T hit = p.stream().filter(x -> same.test(item, x)).findFirst().orElse(null);
                if (hit != null) {
                    p.remove(hit);
                    tp++;
                    pairs.add(new Pair<>(item, hit));
                } else {
                    details.add(gold.title() + " | " + aspect + " missed: " + describe.apply(item));
                }
            }
            for (T extra : p) {
                details.add(gold.title() + " | " + aspect + " false hit: " + describe.apply(extra));
            }
            scores.put(aspect, scores.get(aspect).plus(tp, p.size(), g.size() - tp));
            return pairs;
        }

        /** Scores one slot of a matched claim: each gold value matched one-to-one by a predicted value naming the same entity. */
        private void slot(String slot, List<String> goldValues, List<String> predValues, AnnotatedPaper.Clm claim) {
            List<String> left = new ArrayList<>(predValues);
            int tp = 0;
            for (String g : goldValues) {
                String hit = left.stream().filter(p -> sameEnd(g, p)).findFirst().orElse(null);
                if (hit != null) {
                    left.remove(hit);
                    tp++;
                } else {
                    details.add(gold.title() + " | " + slot + " missed: " + g + " in " + shortSentence(claim));
                }
            }
            for (String extra : left) {
                details.add(gold.title() + " | " + slot + " false hit: " + extra + " in " + shortSentence(claim));
            }
            slots.put(slot, slots.get(slot).plus(tp, left.size(), goldValues.size() - tp));
        }

        private static List<String> listOf(@Nullable String value) {
            return value == null ? List.of() : List.of(value);
        }

        /** Relation ends match when they name entities sharing a form (or, failing that, are the same form). */
        private boolean sameEnd(String goldName, String predName) {
            return intersects(formsOf(goldName, gold), formsOf(predName, pred));
        }

        private static Set<String> formsOf(String name, AnnotatedPaper paper) {
            String form = Normalizer.entity(name);
            for (AnnotatedPaper.Ent e : paper.entities()) {
                if (e.forms().contains(form)) {
                    return e.forms();
                }
            }
            return Set.of(form);
        }
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true when two sentences match by the scoring rule: one normalised sentence contains
     * the other (neither empty).
     */
    public static boolean sameSentence(String a, String b) {
        String x = Normalizer.text(a);
        String y = Normalizer.text(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String shortSentence(AnnotatedPaper.Clm c) {
        String s = c.sentence();
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    /** Returns null-safe equality of two values' first numbers; exposed for tests. */
    static boolean sameFirstNumber(@Nullable String expected, @Nullable String actual) {
        String e = Normalizer.firstNumber(expected);
        return e != null && e.equals(Normalizer.firstNumber(actual));
    }
}
