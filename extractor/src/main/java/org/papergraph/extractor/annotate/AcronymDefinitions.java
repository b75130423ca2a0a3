package org.papergraph.extractor.annotate;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the long form that a parenthesised acronym abbreviates, by the algorithm of Schwartz and
 * Hearst (2003, "A simple algorithm for identifying abbreviation definitions in biomedical text"):
 * match the acronym's characters right to left against the words before it, the first character
 * at the start of a word.
 */
public final class AcronymDefinitions {

    private AcronymDefinitions() {}

    /** Returns true for a token that can be an acronym: 2 to 10 characters, a letter first, a capital in it. */
    public static boolean canBeAcronym(String token) {
        String stem = stem(token);
        return stem.length() >= 2 && stem.length() <= 10 && Character.isLetter(stem.charAt(0))
                && stem.chars().anyMatch(Character::isUpperCase)
                && stem.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.');
    }

    /** Returns the acronym without a plural {@code s} ("SAEs" gives "SAE"). */
    public static String stem(String token) {
        return token.length() > 2 && token.endsWith("s") && Character.isUpperCase(token.charAt(token.length() - 2))
                ? token.substring(0, token.length() - 1) : token;
    }

    /**
     * Returns how many of the words just before the acronym form its long form, or 0 when none do.
     *
     * @param words the words before the opening parenthesis, in text order
     * @param acronym the acronym as written
     */
    public static int longFormLength(List<String> words, String acronym) {
        String shortForm = stem(acronym);
        int window = Math.min(words.size(), Math.min(shortForm.length() + 5, shortForm.length() * 2));
        if (window == 0) {
            return 0;
        }
        List<String> candidate = words.subList(words.size() - window, words.size());
        String longForm = String.join(" ", candidate);
        Integer start = bestLongFormStart(shortForm, longForm);
        if (start == null) {
            return 0;
        }
        int wordsBefore = (int) longForm.substring(0, start).chars().filter(c -> c == ' ').count();
        return window - wordsBefore;
    }

    private static @Nullable Integer bestLongFormStart(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = longForm.toLowerCase(Locale.ROOT);
        int sIndex = s.length() - 1;
        int lIndex = l.length() - 1;
        while (sIndex >= 0) {
            char c = s.charAt(sIndex);
            if (!Character.isLetterOrDigit(c)) {
                sIndex--;
                continue;
            }
            while (lIndex >= 0 && (l.charAt(lIndex) != c
                    || (sIndex == 0 && lIndex > 0 && Character.isLetterOrDigit(l.charAt(lIndex - 1))))) {
                lIndex--;
            }
            if (lIndex < 0) {
                return null;
            }
            lIndex--;
            sIndex--;
        }
        return l.lastIndexOf(' ', lIndex) + 1;
    }
}
