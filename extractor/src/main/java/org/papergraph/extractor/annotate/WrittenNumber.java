package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number as a sentence writes it, read from one or more tokens: "82.1", "12,345", "−3.2"
 * (a Unicode minus), "1e-5", "10^6", "2.5 × 10^3", "10 000" (digits grouped by a thin space,
 * which the text normaliser turns into a space), and the first end of a range ("90-96",
 * "3-5x", "0.7 -- 1.8", "3 to 5").
 *
 * <p>A token that only looks like a number ("0.9.14", a version; "4-bit"; an exponent beyond
 * {@value #MAX_EXPONENT}) is none, so reading never throws. Thread-safe.
 *
 * @param value the number (for a range, its first end)
 * @param first the index of the first token
 * @param last the index of the last token that belongs to the number or its range
 * @param suffix letters written onto the last token after the number ("x" in "3-5x"), lower case, or ""
 * @param range whether it is a range
 */
record WrittenNumber(BigDecimal value, int first, int last, String suffix, boolean range) {

    /** Exponents larger than this are no measurement, and would make huge plain strings. */
    static final int MAX_EXPONENT = 100;

    private static final String PLAIN = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+";
    private static final Pattern NUMBER = Pattern.compile("(" + PLAIN + ")(?:[eE]([+-]?\\d{1,9}))?");
    private static final Pattern WITH_SUFFIX = Pattern.compile(
            "(" + PLAIN + ")(?:(?:-|--|–|—)(" + PLAIN + "))?([a-zA-Z%×]{0,6})");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "–", "—", "to");

    /** Reads the number that starts at token {@code i}, or returns null when none starts there. */
    static @Nullable WrittenNumber read(List<CoreLabel> tokens, int i) {
        String word = normalised(tokens.get(i).word());
        Matcher m = NUMBER.matcher(word);
        if (m.matches()) {
            BigDecimal value = parse(m.group(1), m.group(2));
            return value == null ? null : extend(tokens, i, value);
        }
        m = WITH_SUFFIX.matcher(word);
        if (m.matches() && (m.group(2) != null || !m.group(3).isEmpty())) {
            BigDecimal value = parse(m.group(1), null);
            BigDecimal second = m.group(2) == null ? null : parse(m.group(2), null);
            if (value == null || (m.group(2) != null && second == null)) {
                return null;
            }
            return new WrittenNumber(value, i, i, m.group(3).toLowerCase(Locale.ROOT), m.group(2) != null);
        }
        return null;
    }

    /** The value of a number written with a mantissa and an optional exponent, or null when out of range. */
    static @Nullable BigDecimal parse(String mantissa, @Nullable String exponent) {
        if (exponent != null && (exponent.replaceAll("[+-]", "").length() > 4
                || Math.abs(Integer.parseInt(exponent.replace("+", ""))) > MAX_EXPONENT)) {
            return null;
        }
        BigDecimal value = new BigDecimal(mantissa.replace(",", ""));
        return exponent == null ? value : value.scaleByPowerOfTen(Integer.parseInt(exponent.replace("+", "")));
    }

    private static String normalised(String word) {
        return word.replace('\u2212', '-');
    }

    /** Adds what follows a plain number: groups of digits, a power of ten, or the other end of a range. */
    private static @Nullable WrittenNumber extend(List<CoreLabel> tokens, int i, BigDecimal value) {
        int last = i;
        BigDecimal v = value;
        while (isDigitGroup(tokens, last, v)) {
            v = new BigDecimal(v.toPlainString() + tokens.get(last + 1).word());
            last++;
        }
        int base = powerBase(tokens, last, v);
        if (base >= 0) {
            return powerOfTen(tokens, i, last, base, v);
        }
        if (last + 2 < tokens.size() && DASHES.contains(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))
                && !(tokens.get(last + 1).word().equals("to") && fromBefore(tokens, i))) {
            String end = normalised(tokens.get(last + 2).word());
            if (NUMBER.matcher(end).matches()) {
                return new WrittenNumber(v, i, last + 2, "", true);
            }
            Matcher m = WITH_SUFFIX.matcher(end);
            if (m.matches() && m.group(2) == null && !m.group(3).isEmpty()) {
                return new WrittenNumber(v, i, last + 2, m.group(3).toLowerCase(Locale.ROOT), true);
            }
        }
        return new WrittenNumber(v, i, last, "", false);
    }

    /** "10 000": a thin space between groups of three digits, now a single space. */
    private static boolean isDigitGroup(List<CoreLabel> tokens, int last, BigDecimal soFar) {
        if (last + 1 >= tokens.size() || soFar.scale() != 0 || soFar.signum() < 0) {
            return false;
        }
        CoreLabel here = tokens.get(last);
        CoreLabel next = tokens.get(last + 1);
        boolean leadingGroup = here.word().length() <= 3 || GROUP.matcher(here.word()).matches();
        return leadingGroup && GROUP.matcher(next.word()).matches() && next.beginPosition() == here.endPosition() + 1
                && soFar.precision() < 16;
    }

    /**
     * The index of the 10 in "10^6", "10 ^ 6", "2.5 × 10^3" or "2.5 x10^3" when a power of ten
     * follows token {@code last}, else -1.
     */
    private static int powerBase(List<CoreLabel> tokens, int last, BigDecimal v) {
        int base = -1;
        if (last + 1 < tokens.size() && tokens.get(last + 1).word().matches("[x×]10")) {
            base = last + 1;
        } else if (last + 2 < tokens.size() && tokens.get(last + 1).word().matches("[x×]")
                && tokens.get(last + 2).word().equals("10")) {
            base = last + 2;
        } else if (v.compareTo(BigDecimal.TEN) == 0 && tokens.get(last).word().equals("10")) {
            base = last;
        }
        return base >= 0 && base + 2 < tokens.size() && tokens.get(base + 1).word().equals("^")
                && normalised(tokens.get(base + 2).word()).matches("[+-]?\\d{1,9}") ? base : -1;
    }

    /** The power of ten, or null (no number at all) when its exponent is out of range. */
    private static @Nullable WrittenNumber powerOfTen(List<CoreLabel> tokens, int first, int last, int base,
            BigDecimal v) {
        String exponent = normalised(tokens.get(base + 2).word());
        if (exponent.replaceAll("[+-]", "").length() > 4) {
            return null;
        }
        BigDecimal power = parse("1", exponent);
        BigDecimal mantissa = base == last ? BigDecimal.ONE : v;
        return power == null ? null : new WrittenNumber(mantissa.multiply(power), first, base + 2, "", false);
    }

    /** Whether "from" comes shortly before: "from 48.3 to 53.4" is a change, not a range. */
    static boolean fromBefore(List<CoreLabel> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (tokens.get(k).word().equalsIgnoreCase("from")) {
                return true;
            }
        }
        return false;
    }
}
