package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;

/**
 * Finds the concept mentions of one sentence, in passes that each leave alone the tokens an
 * earlier pass took: dictionary matches, acronym definitions, named tokens ("PoolFormer",
 * "GPT-2"), then the phrases of {@link PhraseMentions}: capitalised names and noun phrases with a
 * known head noun ("decoder-only transformer").
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
final class MentionFinder {

    static final Pattern VAGUE_COMPOUND =
            Pattern.compile("(?i).+-(based|like|style|driven|powered|inspired|free|aware|specific|level|scale|wise|purpose|focused|efficient|friendly|agnostic|oriented|centric|range|time|length)");
    private static final Pattern ARCHITECTURE_NAME =
            Pattern.compile("(?i).*(former|net|bert|gpt|llm|vit|mamba|diffusion|gan|vae|cnn|rnn|lstm|mlp|transformer)s?(-.*)?");

    /** What is left of a LaTeX command when a scraper drops its backslash: "mathcal{O}". */
    private static final Pattern LATEX_COMMAND = Pattern.compile("(mathcal|mathbb|mathbf|mathrm|operatorname|frac|min|max|log|exp)");

    private final DomainDictionary dictionary;
    private final Lexicon lexicon;
    private final PhraseMentions phrases;

    MentionFinder(DomainDictionary dictionary, Lexicon lexicon) {
        this.phrases = new PhraseMentions(dictionary, lexicon, this);
        this.dictionary = dictionary;
        this.lexicon = lexicon;
    }

    /**
     * Returns the mentions of a sentence's tokens, ordered by position, none overlapping.
     *
     * @param inTitle whether the sentence is (part of) a title, where Title Case says nothing
     */
    List<ConceptMention> find(List<CoreLabel> tokens, boolean inTitle) {
        List<String> words = tokens.stream().map(CoreLabel::word).toList();
        List<ConceptMention> mentions = new ArrayList<>();
        findDictionaryMatches(tokens, words, mentions);
        findAcronymDefinitions(tokens, words, mentions);
        findNamedTokens(tokens, mentions);
        if (!inTitle) {
            phrases.findTitleCasePhrases(tokens, mentions);
        }
        phrases.findHeadNounPhrases(tokens, mentions);
        mentions.sort(Comparator.comparingInt(ConceptMention::tokenBegin));
        return mentions;
    }

    private void findDictionaryMatches(List<CoreLabel> tokens, List<String> words, List<ConceptMention> out) {
        for (int i = 0; i < tokens.size(); ) {
            DomainDictionary.Match match = dictionary.longestMatch(words, i);
            if (match != null) {
                DomainDictionary.Entry entry = match.entry();
                out.add(new ConceptMention(i, i + match.length(), tokens.get(i).beginPosition(),
                        tokens.get(i + match.length() - 1).endPosition(), phrase(tokens, i, i + match.length()),
                        entry.canonicalName(), entry.type(), null, entry.parentKeys(), "dictionary", 0.9));
                i += match.length();
            } else {
                prefixOfCompound(tokens, i, out);
                i++;
            }
        }
    }

    /** "Transformer-based" mentions the Transformer: a dictionary word before a vague suffix. */
    private void prefixOfCompound(List<CoreLabel> tokens, int i, List<ConceptMention> out) {
        String word = tokens.get(i).word();
        int hyphen = word.lastIndexOf('-');
        if (hyphen <= 0 || !VAGUE_COMPOUND.matcher(word).matches()) {
            return;
        }
        String prefix = word.substring(0, hyphen);
        DomainDictionary.Match match = dictionary.longestMatch(List.of(prefix), 0);
        if (match != null) {
            CoreLabel token = tokens.get(i);
            DomainDictionary.Entry entry = match.entry();
            out.add(new ConceptMention(i, i + 1, token.beginPosition(), token.beginPosition() + prefix.length(),
                    prefix, entry.canonicalName(), entry.type(), null, entry.parentKeys(), "dictionary:compound", 0.8));
        }
    }

    private void findAcronymDefinitions(List<CoreLabel> tokens, List<String> words, List<ConceptMention> out) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            String acronym = words.get(i + 1);
            if (!words.get(i).equals("(") || !words.get(i + 2).equals(")") || !AcronymDefinitions.canBeAcronym(acronym)) {
                continue;
            }
            int length = AcronymDefinitions.longFormLength(words.subList(0, i), acronym);
            if (length == 0 || words.subList(i - length, i).stream().anyMatch(w -> w.chars().noneMatch(Character::isLetterOrDigit)
                    || w.contains("/"))) {
                continue;
            }
            defineAcronym(tokens, i - length, i, i + 1, out);
        }
    }

    private void defineAcronym(List<CoreLabel> tokens, int begin, int end, int acronymAt, List<ConceptMention> out) {
        String acronym = AcronymDefinitions.stem(tokens.get(acronymAt).word());
        ConceptMention known = dictionaryMention(exactly(out, begin, end));
        ConceptMention acronymKnown = dictionaryMention(exactly(out, acronymAt, acronymAt + 1));
        out.removeIf(m -> m.overlaps(begin, end) || m.overlaps(acronymAt, acronymAt + 1));
        ConceptMention dictionaryEntry = known != null ? known : acronymKnown;
        String name = dictionaryEntry != null ? dictionaryEntry.name() : phrase(tokens, begin, end);
        ConceptType type = dictionaryEntry != null ? dictionaryEntry.type() : typeOfPhrase(tokens, begin, end, acronym);
        List<String> general = dictionaryEntry != null ? dictionaryEntry.generalKeys() : generalKeysOf(tokens, begin, end);
        // A definition of a known concept ("Vision Transformer (ViT)") keeps it known.
        String rule = dictionaryEntry != null ? "dictionary:acronym-definition" : "acronym-definition";
        out.add(new ConceptMention(begin, end, tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition(),
                phrase(tokens, begin, end), name, type, acronym, general, rule, 0.85));
        out.add(new ConceptMention(acronymAt, acronymAt + 1, tokens.get(acronymAt).beginPosition(),
                tokens.get(acronymAt).endPosition(), tokens.get(acronymAt).word(), name, type, null, general, rule, 0.85));
    }

    private static @Nullable ConceptMention dictionaryMention(@Nullable ConceptMention m) {
        return m != null && m.rule().startsWith("dictionary") ? m : null;
    }

    private void findNamedTokens(List<CoreLabel> tokens, List<ConceptMention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (!isNamedShape(word) || lexicon.isNonConceptToken(word) || lexicon.isNonConceptToken(AcronymDefinitions.stem(word))
                    || taken(out, i, i + 1)) {
                continue;
            }
            String name = AcronymDefinitions.stem(word);
            out.add(mention(tokens, i, i + 1, name, typeOfName(name, tokens, i + 1), "named-token", 0.7));
        }
    }

    /**
     * Named: some hyphen-separated part has two capitals ("LSTM", "DSFormer"), a capital inside
     * ("iPhone"), or a capital and a digit ("T5"); Title-Case compounds ("Long-Range") are not.
     */
    static boolean isNamedShape(String word) {
        if (LATEX_COMMAND.matcher(word).lookingAt()) {
            return false;
        }
        if (word.length() < 2 || !Character.isLetter(word.charAt(0)) || word.endsWith(".")
                || !word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
            return false;
        }
        for (String part : word.split("-")) {
            if (part.isEmpty()) {
                continue;
            }
            long capitals = part.chars().filter(Character::isUpperCase).count();
            boolean digit = part.chars().anyMatch(Character::isDigit);
            boolean innerCapital = part.substring(1).chars().anyMatch(Character::isUpperCase);
            if (capitals >= 2 || innerCapital || (capitals == 1 && digit)) {
                return true;
            }
        }
        return false;
    }

    private ConceptType typeOfPhrase(List<CoreLabel> tokens, int begin, int end, String acronym) {
        CoreLabel last = tokens.get(end - 1);
        Lexicon.Head head = lexicon.head(last.word(), last.lemma());
        if (head != null) {
            return head.type();
        }
        return ARCHITECTURE_NAME.matcher(acronym).matches() ? ConceptType.ARCHITECTURE : ConceptType.METHOD;
    }

    private List<String> generalKeysOf(List<CoreLabel> tokens, int begin, int end) {
        return dictionary.generalKeysOf(tokens.subList(begin, end).stream().map(CoreLabel::word).toList());
    }

    /** The kind of a named token: by its shape, else by the noun after it ("X model", "X benchmark"). */
    ConceptType typeOfName(String name, List<CoreLabel> tokens, int next) {
        if (next < tokens.size()) {
            String after = tokens.get(next).word().toLowerCase(Locale.ROOT);
            if (after.matches("(data)?sets?|benchmarks?|corpus|corpora|suites?")) {
                return ConceptType.DATASET;
            }
            if (after.matches("scores?|metrics?")) {
                return ConceptType.METRIC;
            }
            if (after.matches("models?|networks?|architectures?|backbones?|transformers?|llms?")) {
                return ConceptType.ARCHITECTURE;
            }
        }
        return ARCHITECTURE_NAME.matcher(name).matches() ? ConceptType.ARCHITECTURE : ConceptType.METHOD;
    }

    private static @Nullable ConceptMention exactly(List<ConceptMention> mentions, int begin, int end) {
        return mentions.stream().filter(m -> m.tokenBegin() == begin && m.tokenEnd() == end).findFirst().orElse(null);
    }

    private static boolean taken(List<ConceptMention> mentions, int begin, int end) {
        return mentions.stream().anyMatch(m -> m.overlaps(begin, end));
    }

    private static ConceptMention mention(List<CoreLabel> tokens, int begin, int end, String name, ConceptType type,
            String rule, double confidence) {
        return new ConceptMention(begin, end, tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition(),
                phrase(tokens, begin, end), name, type, null, List.of(), rule, confidence);
    }

    /** The tokens' words joined as the text spaced them (one space where the text had any). */
    static String phrase(List<CoreLabel> tokens, int begin, int end) {
        StringBuilder sb = new StringBuilder(tokens.get(begin).word());
        for (int k = begin + 1; k < end; k++) {
            if (tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).word());
        }
        return sb.toString();
    }
}
