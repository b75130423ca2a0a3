package org.papergraph.extractor.eval;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The normalisations the scoring rules compare by: entity names, titles, sentences, and values. */
public final class Normalizer {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Map<String, String> NUMBER_WORDS = Map.of(
            "half", "0.5", "twice", "2", "double", "2", "two", "2", "three", "3", "four", "4", "five", "5", "ten", "10",
            "hundred", "100");

    private Normalizer() {}

    /** An entity form: lower case, hyphens dropped, other punctuation a space, a final plural s dropped. */
    public static String entity(String name) {
        return withoutPluralEnding(words(name));
    }

    /** A text as entity forms spell their words: lower case, hyphens dropped, other punctuation a single space. */
    public static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replace("-", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Drops the final s of a normalised form longer than three characters, unless it ends in ss. */
    public static String withoutPluralEnding(String form) {
        return form.length() > 3 && form.endsWith("s") && !form.endsWith("ss") ? form.substring(0, form.length() - 1) : form;
    }

    /** A title or sentence: lower case, every run of non-alphanumerics a single space. */
    public static String text(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The first number of a value as written ("4.5%" gives 4.5, "half" 0.5, "twofold" 2), or null. */
    public static @Nullable String firstNumber(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher m = FIRST_NUMBER.matcher(value);
        if (m.find()) {
            return new java.math.BigDecimal(m.group()).stripTrailingZeros().toPlainString();
        }
        for (String word : value.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            String number = NUMBER_WORDS.get(word.endsWith("fold") ? word.substring(0, word.length() - 4) : word);
            if (number != null) {
                return number;
            }
        }
        return null;
    }
}
