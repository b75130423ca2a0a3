package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.ClaimMention;

/**
 * The features of an abstract sentence, for deciding whether it states a finding of the paper and
 * whether it reports a number as a result: its words, word pairs and their distributional word
 * classes, its verbs and their tenses, how it and its neighbours begin, where it stands in the
 * abstract, its numbers, and what the claim rules scored it. A second pass adds how a first pass
 * rated it and the sentences around it ({@link #withContext}): findings come in runs, most often
 * at the end of an abstract.
 */
final class SentenceFeatures {

    private static final Set<String> RESULT_SIGNS = Set.of("%", "x", "×", "times", "fold", "points", "pp", "db");

    /** First-pass probability from which a later sentence counts as a likely claim. */
    private static final double LIKELY = 0.5;

    private final Function<String, @Nullable String> wordClass;

    /** Creates the features, reading each word's distributional class from the given function. */
    SentenceFeatures(Function<String, @Nullable String> wordClass) {
        this.wordClass = wordClass;
    }

    /** Returns the features of sentence {@code s} of the paper (an abstract sentence). */
    List<String> of(PaperView view, int s) {
        List<CoreLabel> tokens = view.sentences().get(s);
        List<String> f = new ArrayList<>();
        String previous = "<s>";
        boolean number = false;
        boolean resultSign = false;
        for (CoreLabel t : tokens) {
            String w = t.lemma() == null ? EntityFeatures.lower(t.word()) : EntityFeatures.lower(t.lemma());
            f.add("w=" + w);
            f.add("b=" + previous + "_" + w);
            previous = w;
            if (t.tag().equals("CD") && t.word().chars().anyMatch(Character::isDigit)) {
                number = true;
            }
            String lw = EntityFeatures.lower(t.word());
            if (RESULT_SIGNS.contains(lw) || lw.endsWith("%") || lw.matches("\\d+(\\.\\d+)?[x×]")) {
                resultSign = true;
            }
            String cls = wordClass.apply(lw);
            if (cls != null) {
                f.add("wc=" + cls);
            }
        }
        addVerbs(tokens, f);
        f.add("prevFirst=" + opening(view, s - 1, 1));
        f.add("prevFirst2=" + opening(view, s - 1, 2));
        f.add("nextFirst=" + opening(view, s + 1, 1));
        f.add("first=" + EntityFeatures.lower(tokens.get(0).word()));
        if (tokens.size() > 1) {
            f.add("first2=" + EntityFeatures.lower(tokens.get(0).word()) + "_" + EntityFeatures.lower(tokens.get(1).word()));
        }
        int index = s - view.titleSentences();
        int count = Math.max(1, view.abstractSentences());
        f.add("position=" + (index == 0 ? "first" : s == view.sentences().size() - 1 ? "last" : (4 * index / count)));
        f.add("fromEnd=" + Math.min(view.sentences().size() - 1 - s, 4));
        f.add("number=" + number);
        f.add("resultSign=" + resultSign);
        f.add("number|position=" + number + (4 * index / count));
        f.add("length=" + Math.min(tokens.size() / 10, 5));
        ClaimMention rule = view.ruleClaims().stream().filter(c -> c.sentenceIndex() == s).findFirst().orElse(null);
        boolean previousClaim = view.ruleClaims().stream().anyMatch(c -> c.sentenceIndex() == s - 1);
        boolean nextClaim = view.ruleClaims().stream().anyMatch(c -> c.sentenceIndex() == s + 1);
        f.add("neighbours=" + previousClaim + "|" + nextClaim);
        f.add("we=" + tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("we") || t.word().equalsIgnoreCase("our")));
        if (rule == null) {
            f.add("rule=none");
        } else {
            f.add("rule=" + (rule.value() == null ? "qualitative" : "quantitative"));
            for (String r : rule.rule().split("[,+ ]+")) {
                f.add("ruleCue=" + r);
            }
        }
        return f;
    }

    /** Adds each verb's lemma with its tense tag, and which verb tags and modals the sentence holds. */
    private static void addVerbs(List<CoreLabel> tokens, List<String> f) {
        Set<String> tags = new TreeSet<>();
        for (CoreLabel t : tokens) {
            String tag = t.tag();
            if (tag.startsWith("VB") || tag.equals("MD")) {
                tags.add(tag);
            }
            if (tag.startsWith("VB")) {
                f.add("verb=" + EntityFeatures.lower(t.lemma() == null ? t.word() : t.lemma()) + "|" + tag);
            }
        }
        tags.forEach(tag -> f.add("tag=" + tag));
    }

    /** The first {@code k} words of sentence {@code s}, or "<none>" when it is not an abstract sentence. */
    private static String opening(PaperView view, int s, int k) {
        if (s < view.titleSentences() || s >= view.sentences().size()) {
            return "<none>";
        }
        List<CoreLabel> tokens = view.sentences().get(s);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(k, tokens.size()); i++) {
            out.append(EntityFeatures.lower(tokens.get(i).word())).append('_');
        }
        return out.toString();
    }

    /**
     * Returns the features of each abstract sentence of a paper for the second pass, in order.
     *
     * @param own the abstract sentences' own features ({@link #of}), in order
     * @param firstPass the claim model of the first pass
     */
    static List<List<String>> withContext(PaperView view, List<List<String>> own, LinearModel firstPass) {
        double[] p = claimProbabilities(firstPass, view, own);
        List<List<String>> out = new ArrayList<>(own.size());
        for (int k = 0; k < own.size(); k++) {
            out.add(withContext(own.get(k), view.titleSentences() + k, p, view.titleSentences()));
        }
        return out;
    }

    /**
     * Returns the features of a sentence for the second pass: its own, then how the first pass
     * rated it, the sentences before and after it, and how many later sentences it found likely.
     *
     * @param own the sentence's own features ({@link #of})
     * @param s the sentence
     * @param firstPass the first pass's claim probability of each sentence of the paper, by
     *     sentence index (title sentences are ignored)
     * @param titleSentences how many of the paper's sentences are its title
     */
    static List<String> withContext(List<String> own, int s, double[] firstPass, int titleSentences) {
        List<String> f = new ArrayList<>(own);
        String self = bin(firstPass[s]);
        String previous = s - 1 < titleSentences ? "none" : bin(firstPass[s - 1]);
        f.add("prevP=" + previous);
        f.add("nextP=" + (s + 1 >= firstPass.length ? "none" : bin(firstPass[s + 1])));
        f.add("selfP=" + self);
        f.add("selfP|prevP=" + self + "|" + previous);
        int later = 0;
        for (int t = s + 1; t < firstPass.length; t++) {
            later += firstPass[t] >= LIKELY ? 1 : 0;
        }
        f.add("laterClaims=" + Math.min(later, 3));
        return f;
    }

    /**
     * Returns a first pass's claim probability of each sentence of a paper, by sentence index (0
     * for title sentences).
     *
     * @param own the abstract sentences' own features ({@link #of}), in order
     */
    private static double[] claimProbabilities(LinearModel firstPass, PaperView view, List<List<String>> own) {
        int none = firstPass.labels().indexOf(ModelTrainer.NONE);
        double[] p = new double[view.sentences().size()];
        for (int k = 0; k < own.size(); k++) {
            p[view.titleSentences() + k] = 1 - firstPass.probabilities(own.get(k))[none];
        }
        return p;
    }

    private static String bin(double p) {
        return p < 0.1 ? "0" : p < 0.3 ? "1" : p < 0.5 ? "2" : p < 0.7 ? "3" : p < 0.9 ? "4" : "5";
    }
}
