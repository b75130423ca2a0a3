package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the value a sentence reports as a result: a percentage ("82.1%"), a factor ("2.5X",
 * "40 times", "two-fold", "half"), a score with its unit or metric ("3.2 points", "2.1 dB",
 * "54.3 AP", "F1 = 0.71"), or a number with its noun ("15 digits"); sizes of models and data
 * ("7B parameters", "300k samples"), years, versions and enumerators are not results.
 *
 * <p>Numbers are read by {@link WrittenNumber}, so ranges, powers of ten and grouped digits
 * count as one value, and a range reports its first end. A change "from 48.3% to 53.4%" (or
 * "48.3 → 53.4") reports where it ends. Of the results, the first one is the value, as
 * annotators read a sentence, in parentheses or not; a number with a plain noun, or a share a
 * method is given ("using only 5% of the data"), comes only when there is no result nor
 * decimal. Thread-safe.
 */
public final class QuantityFinder {

    private static final Map<String, BigDecimal> NUMBER_WORDS = Map.of(
            "twice", BigDecimal.valueOf(2), "double", BigDecimal.valueOf(2), "half", new BigDecimal("0.5"),
            "two-fold", BigDecimal.valueOf(2), "twofold", BigDecimal.valueOf(2), "three-fold", BigDecimal.valueOf(3),
            "threefold", BigDecimal.valueOf(3), "four-fold", BigDecimal.valueOf(4), "fourfold", BigDecimal.valueOf(4),
            "ten-fold", BigDecimal.TEN);
    private static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "percentage", "pct");
    private static final Set<String> FACTOR_WORDS = Set.of("x", "×", "times", "fold", "-fold");
    private static final Pattern SCORE_UNIT = Pattern.compile(
            "(?i)points?|pts?|pp|db|ms|fps|px|bpt|bpc|bpd|ev|"
                    + "ap|map|ap50|bleu(-\\d)?|rouge(-\\w+)?|meteor|cider|f1|auc|em|mious?|psnr|ssim|fid|wer|cer|"
                    + "accuracy|perplexity|ppl|top-1|elo|score|recall|precision");
    private static final Pattern SIZE_NOUN = Pattern.compile(
            "(?i)(parameters?|params?|tokens?|layers?|samples?|examples?|images?|gpus?|hours?|days?|epochs?|steps?|"
                    + "languages?|tasks?|datasets?|benchmarks?|models?|heads?|papers?|articles?|authors?|instances?|"
                    + "[bmkt]|billion|million|thousand|years?)");
    private static final Pattern NOT_A_NOUN = Pattern.compile(
            "(?i)et|al|and|or|to|nd|rd|th|st|vs|on|in|at|for|of|by|with|from|over|across|than|per|as|the|a|an|"
                    + "while|when|which|that|respectively|is|are|was|were|compared|relative|higher|lower|better|"
                    + "faster|more|less|fewer|against|versus|after|before|under|within|without");
    private static final Set<String> JOINERS = Set.of("and", "or", ",", "/");
    private static final Set<String> RESULT_CUES = Set.of("by", "=", "achieves", "achieve", "achieved", "achieving",
            "reaches", "reach", "reached", "reaching", "attains", "attained", "attaining", "obtains", "obtained",
            "scores", "scored", "scoring", "yields", "yielding", "of", "to", ":", "→", "->", ">", "≥", "≈");
    private static final Set<String> BUDGET_CUES = Set.of("using", "use", "uses", "used", "utilizing", "utilising",
            "with", "requiring", "requires", "require");
    private static final Set<String> HEDGES = Set.of("only", "just", "about", "approximately", "around", "nearly",
            "almost", "over", "above", "below", "under", "up", "to", "~", "a", "an", "roughly", "+", "less", "more",
            "than");

    private enum Rank { RESULT, DECIMAL, COUNT }

    private record Candidate(Rank rank, boolean inParentheses, int position, ClaimMention.Quantity quantity) {}

    private QuantityFinder() {}

    /** Returns the sentence's result value, or null when it reports none. */
    public static ClaimMention.@Nullable Quantity find(List<CoreLabel> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (word.equals("(") || word.equals("[")) {
                depth++;
            } else if ((word.equals(")") || word.equals("]")) && depth > 0) {
                depth--;
            } else {
                Candidate c = candidateAt(tokens, i, depth > 0);
                if (c != null) {
                    candidates.add(c);
                    i = Math.max(i, lastTokenOf(tokens, c, i));
                }
            }
        }
        return candidates.stream()
                .min(Comparator.comparing(Candidate::rank)
                        .thenComparingInt(Candidate::position))
                .map(Candidate::quantity).orElse(null);
    }

    private static int lastTokenOf(List<CoreLabel> tokens, Candidate c, int from) {
        int last = from;
        while (last + 1 < tokens.size() && tokens.get(last + 1).endPosition() <= c.quantity().charEnd()) {
            last++;
        }
        return last;
    }

    private static @Nullable Candidate candidateAt(List<CoreLabel> tokens, int i, boolean inParentheses) {
        CoreLabel token = tokens.get(i);
        BigDecimal wordValue = NUMBER_WORDS.get(token.word().toLowerCase(Locale.ROOT));
        if (wordValue != null) {
            return new Candidate(Rank.RESULT, inParentheses, i, new ClaimMention.Quantity(token.beginPosition(),
                    token.endPosition(), wordValue, token.word().toLowerCase(Locale.ROOT)));
        }
        WrittenNumber n = isExponentOrPValue(tokens, i) ? null : WrittenNumber.read(tokens, i);
        if (n == null || isYear(tokens, n) || isStartOfChange(tokens, n)) {
            return null;
        }
        if (!n.suffix().isEmpty()) {
            return suffixed(tokens, n, inParentheses);
        }
        Candidate withUnit = withUnitAfter(tokens, n, inParentheses);
        return withUnit != null ? withUnit : withoutUnit(tokens, n, inParentheses);
    }

    /** A number followed by its unit: "82.1 %", "40 times", "3.2 points", "41.3 and 38.9 AP". */
    private static @Nullable Candidate withUnitAfter(List<CoreLabel> tokens, WrittenNumber n, boolean inParentheses) {
        int u = n.last() + 1;
        String next = u < tokens.size() ? tokens.get(u).word() : "";
        String lower = next.toLowerCase(Locale.ROOT);
        if (PERCENT_WORDS.contains(lower)) {
            int end = u + 1 < tokens.size() && tokens.get(u + 1).word().matches("(?i)points?") ? u + 1 : u;
            return candidate(isBudget(tokens, n) ? Rank.COUNT : Rank.RESULT, inParentheses, tokens, n, end, "%");
        }
        if (FACTOR_WORDS.contains(lower)) {
            return candidate(Rank.RESULT, inParentheses, tokens, n, u, unit(next));
        }
        if (SCORE_UNIT.matcher(next).matches()) {
            return candidate(Rank.RESULT, inParentheses, tokens, n, u, next);
        }
        String shared = JOINERS.contains(lower) ? sharedUnit(tokens, n, u + 1) : null;
        return shared == null ? null : candidate(Rank.RESULT, inParentheses, tokens, n, n.last(), shared);
    }

    /**
     * A number after a result cue ("by 3.2") or with a plus sign ("+30"), a decimal ("0.87 on"),
     * a part of a whole ("13 of 18 tasks"), or a count with a plain noun ("15 digits").
     */
    private static @Nullable Candidate withoutUnit(List<CoreLabel> tokens, WrittenNumber n, boolean inParentheses) {
        int u = n.last() + 1;
        String next = u < tokens.size() ? tokens.get(u).word() : "";
        if (SIZE_NOUN.matcher(next).matches()) {
            return null;
        }
        boolean noun = u < tokens.size() && isNoun(tokens.get(u));
        String unit = noun ? next.toLowerCase(Locale.ROOT) : null;
        if (followsResultCue(tokens, n) || tokens.get(n.first()).word().startsWith("+")) {
            return candidate(Rank.RESULT, inParentheses, tokens, n, noun ? u : n.last(), unit);
        }
        if (n.value().scale() > 0) {
            return candidate(Rank.DECIMAL, inParentheses, tokens, n, noun ? u : n.last(), unit);
        }
        WrittenNumber whole = next.equals("of") && u + 1 < tokens.size() ? WrittenNumber.read(tokens, u + 1) : null;
        if (whole != null) {
            int end = whole.last() + 1 < tokens.size() && isNoun(tokens.get(whole.last() + 1)) ? whole.last() + 1 : whole.last();
            return candidate(Rank.COUNT, inParentheses, tokens, n, end, null);
        }
        return noun && !inParentheses ? candidate(Rank.COUNT, false, tokens, n, u, unit) : null;
    }

    /** "10^6" has no value 6, and "p < 0.05" reports significance, not a result. */
    private static boolean isExponentOrPValue(List<CoreLabel> tokens, int i) {
        return i > 0 && tokens.get(i - 1).word().equals("^")
                || i > 1 && tokens.get(i - 1).word().matches("[<>=≤≥]") && tokens.get(i - 2).word().equalsIgnoreCase("p");
    }

    /** A lower-case common noun: by its part of speech when tagged, else by shape and a list of function words. */
    private static boolean isNoun(CoreLabel token) {
        String word = token.word();
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || NOT_A_NOUN.matcher(word).matches()) {
            return false;
        }
        return token.tag() == null || token.tag().startsWith("NN");
    }

    /**
     * The unit of the next number in "41.3 and 38.9 AP", "+2.4 / +1.7 %", or null when it has none
     * or is written another way ("F1 0.70, 44 % drop": a comma between different numbers).
     */
    private static @Nullable String sharedUnit(List<CoreLabel> tokens, WrittenNumber n, int at) {
        WrittenNumber partner = at < tokens.size() ? WrittenNumber.read(tokens, at) : null;
        if (partner == null || tokens.get(at - 1).word().equals(",") && partner.value().scale() != n.value().scale()) {
            return null;
        }
        if (!partner.suffix().isEmpty()) {
            return partner.suffix().equals("%") || SCORE_UNIT.matcher(partner.suffix()).matches() ? partner.suffix()
                    : FACTOR_WORDS.contains(partner.suffix()) ? unit(partner.suffix()) : null;
        }
        String unit = partner.last() + 1 < tokens.size() ? tokens.get(partner.last() + 1).word() : "";
        String lower = unit.toLowerCase(Locale.ROOT);
        return PERCENT_WORDS.contains(lower) ? "%" : FACTOR_WORDS.contains(lower) ? unit(unit)
                : SCORE_UNIT.matcher(unit).matches() ? unit : null;
    }

    /** A number with letters written onto it: "2.5X", "40times", "3-5x", "2.1dB", "82.1%", "7B" (a size). */
    private static @Nullable Candidate suffixed(List<CoreLabel> tokens, WrittenNumber n, boolean inParentheses) {
        String suffix = n.suffix();
        if (suffix.equals("%")) {
            return candidate(Rank.RESULT, inParentheses, tokens, n, n.last(), "%");
        }
        if (FACTOR_WORDS.contains(suffix) || suffix.equals("fold")) {
            return candidate(Rank.RESULT, inParentheses, tokens, n, n.last(), unit(suffix));
        }
        if (SCORE_UNIT.matcher(suffix).matches()) {
            return candidate(Rank.RESULT, inParentheses, tokens, n, n.last(), suffix);
        }
        return null;
    }

    private static Candidate candidate(Rank rank, boolean inParentheses, List<CoreLabel> tokens, WrittenNumber n,
            int lastToken, @Nullable String unit) {
        return new Candidate(rank, inParentheses, n.first(), new ClaimMention.Quantity(
                tokens.get(n.first()).beginPosition(), tokens.get(lastToken).endPosition(), n.value(), unit));
    }

    /** "by 3.2", "= 0.71", "achieves 0.868", and for decimals "accuracy of 0.91", "to 53.4"; a hedge may come between. */
    private static boolean followsResultCue(List<CoreLabel> tokens, WrittenNumber n) {
        int k = n.first() - 1;
        while (k >= 0 && HEDGES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                && !tokens.get(k).word().equals("to")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String cue = tokens.get(k).word().toLowerCase(Locale.ROOT);
        boolean onlyForDecimals = cue.equals("of") || cue.equals("to");
        return RESULT_CUES.contains(cue) && (!onlyForDecimals || isDecimal(tokens.get(n.first()).word()));
    }

    /** "0.91", written with a point (not "1e-5", which is more often a setting than a result). */
    private static boolean isDecimal(String word) {
        return word.indexOf('.') >= 0 && word.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '+' || c == '-');
    }

    /** "using just 5% of the data", "with only 20% of the tokens": what a method is given, not what it achieves. */
    private static boolean isBudget(List<CoreLabel> tokens, WrittenNumber n) {
        int k = n.first() - 1;
        while (k >= 0 && HEDGES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && BUDGET_CUES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** The start of a change is not its result: "from 48.3% to 53.4%", "74.9 → 57.2". */
    private static boolean isStartOfChange(List<CoreLabel> tokens, WrittenNumber n) {
        int k = n.last() + 1;
        while (k < tokens.size() && k <= n.last() + 2 && (PERCENT_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || SCORE_UNIT.matcher(tokens.get(k).word()).matches())) {
            k++;
        }
        int end = k + 1;
        while (end < tokens.size() && HEDGES.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
            end++;
        }
        if (end >= tokens.size() || WrittenNumber.read(tokens, end) == null) {
            return false;
        }
        String between = tokens.get(k).word();
        return between.equals("→") || between.equals("->")
                || between.equalsIgnoreCase("to") && WrittenNumber.fromBefore(tokens, n.first());
    }

    private static String unit(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return lower.equals("×") || lower.equals("x") ? "x" : lower.replace("-", "");
    }

    private static boolean isYear(List<CoreLabel> tokens, WrittenNumber n) {
        return !n.range() && n.first() == n.last() && tokens.get(n.first()).word().matches("(19|20)\\d\\d");
    }
}
