package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.extractor.annotate.ClaimMention;

/**
 * The features of an abstract sentence, for deciding whether it states a finding of the paper and
 * whether it reports a number as a result: its words and word pairs, where it stands in the
 * abstract, its numbers, and what the claim rules scored it.
 */
final class SentenceFeatures {

    private static final Set<String> RESULT_SIGNS = Set.of("%", "x", "×", "times", "fold", "points", "pp", "db");

    private SentenceFeatures() {}

    /** Returns the features of sentence {@code s} of the paper (an abstract sentence). */
    static List<String> of(PaperView view, int s) {
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
        }
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
}
