package org.papergraph.extractor.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;

/**
 * The word lists behind phrase mentions: head nouns with their concept kinds, generic modifiers,
 * generic phrases and capitalised tokens that are not concepts.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class Lexicon {

    /** A head noun's kind, and whether the bare noun is a concept without a modifier. */
    record Head(ConceptType type, boolean needsModifier) {}

    /** "spatial-temporal mask modeling mechanism" names the mask modeling; the mechanism adds nothing. */
    private static final Set<String> TRAILING_GENERIC = Set.of("mechanism", "strategy", "scheme", "technique",
            "method", "approach", "framework", "paradigm", "procedure", "module", "operation");

    private final Map<String, Head> heads;
    private final Set<String> genericModifiers;
    private final Set<String> genericPhrases;
    private final Set<String> nonConceptTokens;

    private Lexicon(Map<String, Head> heads, Set<String> genericModifiers, Set<String> genericPhrases,
            Set<String> nonConceptTokens) {
        this.heads = Map.copyOf(heads);
        this.genericModifiers = Set.copyOf(genericModifiers);
        this.genericPhrases = Set.copyOf(genericPhrases);
        this.nonConceptTokens = Set.copyOf(nonConceptTokens);
    }

    /** Loads the four lists from their classpath resources. */
    static Lexicon load(String headNouns, String modifiers, String phrases, String nonConcepts) {
        Map<String, Head> heads = new HashMap<>();
        for (String line : LexiconFiles.lines(headNouns)) {
            String[] cols = LexiconFiles.columns(headNouns, line, 3);
            heads.put(cols[0].trim(), new Head(ConceptType.fromLabel(cols[1]), cols[2].trim().equals("needed")));
        }
        Set<String> generic = new HashSet<>();
        LexiconFiles.lines(modifiers).forEach(w -> generic.add(w.trim().toLowerCase(Locale.ROOT)));
        Set<String> genericPhrases = new HashSet<>();
        LexiconFiles.lines(phrases).forEach(p -> genericPhrases.add(ConceptKeys.key(p)));
        Set<String> nonConceptTokens = new HashSet<>();
        LexiconFiles.lines(nonConcepts).forEach(w -> nonConceptTokens.add(w.trim()));
        return new Lexicon(heads, generic, genericPhrases, nonConceptTokens);
    }

    /** Returns the head entry for a word (tried as given, lower-cased, and singular), or null. */
    @Nullable Head head(String word, String lemma) {
        String lower = word.toLowerCase(Locale.ROOT);
        Head head = heads.get(lower);
        if (head == null) {
            head = heads.get(ConceptKeys.singular(lower));
        }
        if (head == null) {
            head = heads.get(lemma.toLowerCase(Locale.ROOT));
        }
        return head;
    }

    /** Returns true for a modifier that does not narrow down which concept is meant. */
    boolean isGenericModifier(String word) {
        return genericModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Returns true for a phrase key that names nothing in particular ("the model"). */
    boolean isGenericPhrase(String key) {
        return genericPhrases.contains(key);
    }

    /** Returns true for a noun that only says what kind of thing a named phrase is ("... mechanism"). */
    boolean isTrailingGeneric(String word) {
        return TRAILING_GENERIC.contains(ConceptKeys.singular(word.toLowerCase(Locale.ROOT)));
    }

    /** Returns true for a capitalised token that is not a concept (GPU, API). */
    boolean isNonConceptToken(String token) {
        return nonConceptTokens.contains(token);
    }
}
