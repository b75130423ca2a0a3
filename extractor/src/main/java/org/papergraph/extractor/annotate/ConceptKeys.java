package org.papergraph.extractor.annotate;

import java.util.Locale;
import org.papergraph.ontology.PaperGraphIds;

/**
 * Normalises concept names into keys, so that surface variants of one name compare equal.
 *
 * <p>A key is lower-case, with hyphens and punctuation turned into single spaces and a plural
 * {@code s} dropped from the last word: "Vision Transformers", "vision-transformer" and
 * "Vision Transformer" share the key {@code "vision transformer"}. This is the same rule the
 * evaluation and the concept IRIs use.
 */
public final class ConceptKeys {

    private ConceptKeys() {}

    /** Returns the key of a name; the empty string for a name with no letters or digits. */
    public static String key(String name) {
        String spaced = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        if (spaced.isEmpty()) {
            return spaced;
        }
        int lastSpace = spaced.lastIndexOf(' ');
        return spaced.substring(0, lastSpace + 1) + singular(spaced.substring(lastSpace + 1));
    }

    /** Returns the singular of one lower-case word, by the rule concept IRIs use ({@link PaperGraphIds#singular}). */
    public static String singular(String word) {
        return PaperGraphIds.singular(word);
    }

    /** Returns true when a token is written like an acronym: two or more capitals, perhaps a plural s. */
    public static boolean isAcronymShaped(String token) {
        String stem = token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        long capitals = stem.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && stem.length() <= 10 && stem.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * Returns true when a name of two or more words marks letters with capitals inside its words,
     * as long forms of acronyms do ("Transformer iN Transformer", "DEtection TRansformer"): a word
     * that starts in lower case and has a capital, or two or more capitals before three or more
     * lower-case letters. Such a name is worth replacing by the same words in plain casing when the
     * text has them; a single word ("mAP", "LLaMA") is left alone.
     */
    public static boolean hasMarkedCasing(String name) {
        String[] words = name.trim().split("[\\s-]+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && (Character.isLowerCase(word.charAt(0)) && word.chars().anyMatch(Character::isUpperCase)
                    || word.matches("\\p{Lu}{2,}\\p{Ll}{3,}"))) {
                return true;
            }
        }
        return false;
    }
}
