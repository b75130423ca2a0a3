package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.ClaimMention;
import org.papergraph.extractor.annotate.QuantityFinder;

/**
 * The numbers of a claim sentence that could be its reported value, each with its unit as
 * written, and the features the value model ranks them by: the words around the number, its
 * unit, its size and shape, and its place among the sentence's numbers.
 */
final class ValueCandidates {

    private static final Pattern NUMBER = Pattern.compile("[+-−]?\\d+(?:[.,]\\d+)*");
    private static final Pattern NUMBER_UNIT = Pattern.compile("([+-−]?\\d+(?:\\.\\d+)?)(%|x|×|-fold|fold|pp|db|ms|s|k|m|b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("([+-−]?\\d+(?:\\.\\d+)?)(?:-|–|—|--|~)\\d+(?:\\.\\d+)?(%|x|×)?");
    private static final Set<String> UNITS = Set.of("%", "x", "×", "times", "fold", "-fold", "percent", "points", "point", "pp",
            "db", "ms", "s", "fps", "hz", "gb", "mb");
    private static final Map<String, BigDecimal> NUMBER_WORDS = Map.ofEntries(
            Map.entry("twice", BigDecimal.valueOf(2)), Map.entry("double", BigDecimal.valueOf(2)),
            Map.entry("half", new BigDecimal("0.5")), Map.entry("two-fold", BigDecimal.valueOf(2)),
            Map.entry("twofold", BigDecimal.valueOf(2)), Map.entry("three-fold", BigDecimal.valueOf(3)),
            Map.entry("threefold", BigDecimal.valueOf(3)), Map.entry("fourfold", BigDecimal.valueOf(4)),
            Map.entry("four-fold", BigDecimal.valueOf(4)), Map.entry("ten-fold", BigDecimal.TEN),
            Map.entry("tenfold", BigDecimal.TEN), Map.entry("two", BigDecimal.valueOf(2)),
            Map.entry("three", BigDecimal.valueOf(3)));

    /**
     * One possible value.
     *
     * @param token the number's token index
     * @param quantity the value as written, with number and unit
     */
    record Value(int token, ClaimMention.Quantity quantity) {}

    private ValueCandidates() {}

    /** Returns every number of the sentence that parses, in text order. */
    static List<Value> of(List<CoreLabel> tokens) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Value v = at(tokens, i);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static @Nullable Value at(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        String word = token.word();
        BigDecimal wordValue = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
        if (wordValue != null) {
            return new Value(i, new ClaimMention.Quantity(token.beginPosition(), token.endPosition(), wordValue,
                    word.toLowerCase(Locale.ROOT)));
        }
        Matcher range = RANGE.matcher(word);
        if (range.matches()) {
            BigDecimal n = parse(range.group(1));
            return n == null ? null : new Value(i, new ClaimMention.Quantity(token.beginPosition(), token.endPosition(), n,
                    range.group(2) == null ? null : range.group(2).replace("×", "x")));
        }
        Matcher unitMatch = NUMBER_UNIT.matcher(word);
        if (unitMatch.matches()) {
            BigDecimal n = parse(unitMatch.group(1));
            return n == null ? null : new Value(i, new ClaimMention.Quantity(token.beginPosition(), token.endPosition(), n,
                    unitMatch.group(2).toLowerCase(Locale.ROOT).replace("×", "x").replace("-", "")));
        }
        if (!NUMBER.matcher(word).matches()) {
            return null;
        }
        BigDecimal n = parse(word);
        if (n == null) {
            return null;
        }
        if (i + 1 < tokens.size() && UNITS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            CoreLabel unit = tokens.get(i + 1);
            String u = unit.word().toLowerCase(Locale.ROOT);
            return new Value(i, new ClaimMention.Quantity(token.beginPosition(), unit.endPosition(), n,
                    u.equals("percent") ? "%" : u.equals("×") ? "x" : u.replace("-", "")));
        }
        return new Value(i, new ClaimMention.Quantity(token.beginPosition(), token.endPosition(), n, null));
    }

    /** Parses a written number, thousands separators and a typographic minus allowed; null when it is not one. */
    static @Nullable BigDecimal parse(String written) {
        String s = written.replace("−", "-").replace("+", "");
        if (s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        } else if (s.contains(",")) {
            s = s.substring(0, s.indexOf(','));
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Returns the features of one possible value of the sentence.
     *
     * @param rulePick the value the hand-written ranking of {@link QuantityFinder} picks, or null
     */
    static List<String> features(List<CoreLabel> tokens, List<Value> all, Value v, ClaimMention.@Nullable Quantity rulePick) {
        List<String> f = new ArrayList<>();
        f.add("rulePick=" + (rulePick != null && rulePick.charBegin() == v.quantity().charBegin()));
        int i = v.token();
        String unit = v.quantity().unit() == null ? "none" : v.quantity().unit();
        f.add("unit=" + unit);
        f.add("prev=" + word(tokens, i - 1));
        f.add("prev2=" + word(tokens, i - 2) + "_" + word(tokens, i - 1));
        f.add("next=" + word(tokens, i + 1));
        f.add("next2=" + word(tokens, i + 1) + "_" + word(tokens, i + 2));
        f.add("after=" + word(tokens, i + (v.quantity().unit() == null ? 1 : 2)));
        f.add("unit|prev=" + unit + "|" + word(tokens, i - 1));
        BigDecimal n = v.quantity().number().abs();
        f.add("size=" + (n.compareTo(BigDecimal.ONE) < 0 ? "<1" : n.compareTo(BigDecimal.TEN) < 0 ? "<10"
                : n.compareTo(BigDecimal.valueOf(100)) <= 0 ? "<=100" : n.compareTo(BigDecimal.valueOf(1900)) < 0 ? "<1900"
                : n.compareTo(BigDecimal.valueOf(2100)) < 0 ? "yearlike" : "big"));
        f.add("decimal=" + (n.scale() > 0));
        f.add("signed=" + tokens.get(i).word().matches("[+-−].*"));
        int index = all.indexOf(v);
        f.add("index=" + (index == 0 ? "first" : index == all.size() - 1 ? "last" : "mid"));
        f.add("count=" + Math.min(all.size(), 4));
        f.add("unitRank=" + unitRank(all, v));
        boolean inParentheses = false;
        int depth = 0;
        for (int j = 0; j < i; j++) {
            String w = tokens.get(j).word();
            depth += w.equals("(") || w.equals("[") ? 1 : w.equals(")") || w.equals("]") ? -1 : 0;
        }
        inParentheses = depth > 0;
        f.add("inParentheses=" + inParentheses);
        f.add("tokenShape=" + EntityFeatures.shape(tokens.get(i).word()));
        for (int j = Math.max(0, i - 5); j < i; j++) {
            f.add("before=" + word(tokens, j));
        }
        return f;
    }

    /** Where the value's unit stands among the sentence's: the first percentage, the first factor, … */
    private static String unitRank(List<Value> all, Value v) {
        String unit = v.quantity().unit();
        for (Value other : all) {
            if (java.util.Objects.equals(other.quantity().unit(), unit)) {
                return other == v ? "firstOfUnit" : "laterOfUnit";
            }
        }
        return "none";
    }

    private static String word(List<CoreLabel> tokens, int i) {
        return i < 0 ? "<s>" : i >= tokens.size() ? "</s>" : tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
}
