package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the value a sentence reports as a result: a percentage ("82.1%"), a factor ("2.5X",
 * "40 times", "two-fold", "half"), or a number with its noun ("15 digits"); sizes of models and
 * data ("7B parameters", "300k samples"), years and enumerators are not results.
 *
 * <p>When a sentence has several, a percentage beats a factor, a factor beats a number with a
 * noun, and a value outside parentheses beats one inside; ties go to the first. Thread-safe.
 */
public final class QuantityFinder {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)*");
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)%");
    private static final Pattern FACTOR = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)(x|×|times|-fold|fold)");
    private static final Set<String> FACTOR_WORDS = Set.of("x", "×", "times", "fold", "-fold");
    private static final Map<String, BigDecimal> NUMBER_WORDS = Map.of(
            "twice", BigDecimal.valueOf(2), "double", BigDecimal.valueOf(2), "half", new BigDecimal("0.5"),
            "two-fold", BigDecimal.valueOf(2), "twofold", BigDecimal.valueOf(2), "three-fold", BigDecimal.valueOf(3),
            "threefold", BigDecimal.valueOf(3), "four-fold", BigDecimal.valueOf(4), "fourfold", BigDecimal.valueOf(4),
            "ten-fold", BigDecimal.TEN);
    private static final Pattern SIZE_NOUN = Pattern.compile(
            "(?i)(parameters?|params?|tokens?|layers?|samples?|examples?|images?|gpus?|hours?|days?|epochs?|steps?|"
                    + "languages?|tasks?|datasets?|benchmarks?|models?|heads?|papers?|articles?|authors?|instances?|"
                    + "[bmkt]|billion|million|thousand|years?|et|al|and|or|to)");

    private enum Rank { PERCENT, FACTOR, WORD, COUNT }

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
                }
            }
        }
        return candidates.stream()
                .min(Comparator.comparing(Candidate::rank).thenComparing(Candidate::inParentheses)
                        .thenComparingInt(Candidate::position))
                .map(Candidate::quantity).orElse(null);
    }

    private static @Nullable Candidate candidateAt(List<CoreLabel> tokens, int i, boolean inParentheses) {
        CoreLabel token = tokens.get(i);
        String word = token.word();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        Matcher m = PERCENT.matcher(word);
        if (m.matches()) {
            return candidate(Rank.PERCENT, inParentheses, i, token, token, m.group(1), "%");
        }
        m = FACTOR.matcher(word);
        if (m.matches()) {
            return candidate(Rank.FACTOR, inParentheses, i, token, token, m.group(1), unit(m.group(2)));
        }
        BigDecimal wordValue = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
        if (wordValue != null) {
            return new Candidate(Rank.WORD, inParentheses, i,
                    new ClaimMention.Quantity(token.beginPosition(), token.endPosition(), wordValue, word.toLowerCase(Locale.ROOT)));
        }
        if (!NUMBER.matcher(word).matches() || isYear(word) || next.isEmpty()) {
            return null;
        }
        CoreLabel unitToken = tokens.get(i + 1);
        String number = word.replace(",", "");
        if (next.equals("%") || next.equalsIgnoreCase("percent")) {
            return candidate(Rank.PERCENT, inParentheses, i, token, unitToken, number, "%");
        }
        if (FACTOR_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
            return candidate(Rank.FACTOR, inParentheses, i, token, unitToken, number, unit(next));
        }
        if (Character.isLetter(next.charAt(0)) && !SIZE_NOUN.matcher(next).matches() && !inParentheses) {
            return candidate(Rank.COUNT, false, i, token, unitToken, number, next.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static Candidate candidate(Rank rank, boolean inParentheses, int position, CoreLabel first, CoreLabel last,
            String number, String unit) {
        return new Candidate(rank, inParentheses, position, new ClaimMention.Quantity(first.beginPosition(),
                last.endPosition(), new BigDecimal(number), unit));
    }

    private static String unit(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return lower.equals("×") || lower.equals("x") ? "x" : lower.replace("-", "");
    }

    private static boolean isYear(String word) {
        return word.matches("(19|20)\\d\\d");
    }
}
