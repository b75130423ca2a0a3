package org.papergraph.extractor.read;

import java.util.Optional;
import java.util.Set;

/**
 * Guesses cheaply whether a text is English: it must be written mostly in Latin letters, and
 * enough of its words must be common English function words.
 *
 * <p>Over the 96,250 arXiv abstracts of 2025–26, 28% of the words of an abstract are in the list
 * (median) and never less than 12.6%; sample abstracts in German, French, Spanish, Italian,
 * Portuguese and Dutch score 0–5.6%, because words that are frequent in those languages too
 * ("in", "also", "will", "per", "no") are left out of the list. Formulas, acronyms and LaTeX
 * commands only dilute the share a little: a word counts only when it starts after a space or
 * punctuation, so {@code \alpha}, {@code x_i} and {@code 3D} are not words. Texts with fewer
 * than {@link #MIN_WORDS} words are judged on their letters alone. Stateless and thread-safe;
 * the cost is one pass over the text.
 */
final class EnglishHeuristic {

    /** The smallest share of common English function words an English text has. */
    static final double MIN_FUNCTION_WORD_SHARE = 0.09;

    /** The smallest share of Latin letters among all letters an English text has. */
    static final double MIN_LATIN_LETTER_SHARE = 0.75;

    /** Below this many words the function-word share says too little to judge. */
    static final int MIN_WORDS = 20;

    private static final int MIN_LETTERS = 20;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "about", "above", "after", "against", "all", "although", "among", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "during", "each", "either", "for",
            "from", "further", "had", "has", "have", "having", "here", "how", "however", "if",
            "into", "is", "it", "its", "itself", "may", "might", "more", "most", "much", "must",
            "neither", "nor", "not", "of", "off", "on", "once", "only", "onto", "or", "other",
            "our", "ours", "out", "own", "rather", "same", "several", "should", "since", "some",
            "such", "than", "that", "the", "their", "them", "themselves", "then", "there", "these",
            "they", "this", "those", "though", "through", "thus", "to", "too", "unless", "until",
            "upon", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "with", "within", "without", "would", "yet",
            "you", "your");

    private static final int LONGEST_FUNCTION_WORD =
            FUNCTION_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /** The function words by length and initial, so a word is looked up without copying it. */
    private static final String[][] FUNCTION_WORDS_BY_SHAPE = groupByShape();

    private EnglishHeuristic() {}

    /** Returns why {@code text} does not look like English, or empty if it does. */
    static Optional<String> findReason(String text) {
        TextCounts counts = count(text);
        if (counts.letters >= MIN_LETTERS && counts.latinShare() < MIN_LATIN_LETTER_SHARE) {
            return Optional.of("is not in English: only " + percent(counts.latinShare())
                    + " of its letters are Latin letters");
        }
        if (counts.words >= MIN_WORDS && counts.functionWordShare() < MIN_FUNCTION_WORD_SHARE) {
            return Optional.of("is not in English: only " + percent(counts.functionWordShare())
                    + " of its words are common English words");
        }
        return Optional.empty();
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    private static TextCounts count(String text) {
        TextCounts counts = new TextCounts();
        int i = 0;
        while (i < text.length()) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = endOfLetters(text, i, counts);
            boolean startsWord = i == 0 || !isWordGlue(text.charAt(i - 1));
            if (startsWord) {
                counts.addWord(text, i, end);
            }
            i = end;
        }
        return counts;
    }

    /** Finds the end of the run of letters at {@code start} and counts its letters. */
    private static int endOfLetters(String text, int start, TextCounts counts) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            int codePoint = c < 0x80 ? c : text.codePointAt(i);
            if (c < 0x80 ? !isLetter(c) : !Character.isLetter(codePoint)) {
                break;
            }
            counts.addLetter(codePoint);
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** Returns whether {@code c} is a letter, quickly for ASCII. */
    private static boolean isLetter(char c) {
        int lower = c | 0x20;
        return c < 0x80 ? lower >= 'a' && lower <= 'z' : Character.isLetter(c);
    }

    /** Returns whether {@code text[start, end)} is a function word, in any letter case. */
    private static boolean isFunctionWord(String text, int start, int end) {
        int shape = shapeOf(end - start, text.charAt(start));
        if (shape < 0) {
            return false;
        }
        for (String word : FUNCTION_WORDS_BY_SHAPE[shape]) {
            if (text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Returns the bucket of words with this length and initial, or -1 if there can be none. */
    private static int shapeOf(int length, char initial) {
        int letter = (initial | 0x20) - 'a';
        boolean possible = length <= LONGEST_FUNCTION_WORD && initial < 0x80
                && letter >= 0 && letter < 26;
        return possible ? length * 26 + letter : -1;
    }

    private static String[][] groupByShape() {
        String[][] buckets = new String[(LONGEST_FUNCTION_WORD + 1) * 26][];
        for (int shape = 0; shape < buckets.length; shape++) {
            int current = shape;
            buckets[shape] = FUNCTION_WORDS.stream()
                    .filter(word -> shapeOf(word.length(), word.charAt(0)) == current)
                    .toArray(String[]::new);
        }
        return buckets;
    }

    private static boolean isWordGlue(char c) {
        return c < 0x80 ? isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '\\'
                : Character.isLetterOrDigit(c);
    }

    /** Letter and word tallies of one text. */
    private static final class TextCounts {
        int letters;
        int latinLetters;
        int words;
        int functionWords;

        void addLetter(int codePoint) {
            letters++;
            boolean latin = codePoint < 0x80
                    || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
            latinLetters += latin ? 1 : 0;
        }

        void addWord(String text, int start, int end) {
            int length = end - start;
            if (length < 2 && Character.toLowerCase(text.charAt(start)) != 'a') {
                return;
            }
            words++;
            functionWords += isFunctionWord(text, start, end) ? 1 : 0;
        }

        double latinShare() {
            return letters == 0 ? 1 : (double) latinLetters / letters;
        }

        double functionWordShare() {
            return words == 0 ? 1 : (double) functionWords / words;
        }
    }
}
