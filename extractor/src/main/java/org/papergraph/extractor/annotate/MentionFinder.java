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
 * Finds the concept mentions of one sentence, in four passes that each leave alone the tokens an
 * earlier pass took: dictionary matches, acronym definitions, named tokens ("PoolFormer",
 * "GPT-2"), and noun phrases with a known head noun ("decoder-only transformer").
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
final class MentionFinder {

    private static final Pattern NUMBERED_MODIFIER =
            Pattern.compile("(?i)(one|two|three|four|five|six|\\d+)-(layer|head|block|stage|dimensional|bit|shot|step)s?");
    private static final Pattern VAGUE_COMPOUND =
            Pattern.compile("(?i).+-(based|like|style|driven|powered|inspired|free|aware|specific|level|scale|wise|purpose|focused|efficient|friendly|agnostic|oriented|centric|range|time|length)");
    private static final Pattern ARCHITECTURE_NAME =
            Pattern.compile("(?i).*(former|net|bert|gpt|llm|vit|mamba|diffusion|gan|vae|cnn|rnn|lstm|mlp|transformer)s?(-.*)?");

    /** What is left of a LaTeX command when a scraper drops its backslash: "mathcal{O}". */
    private static final Pattern LATEX_COMMAND = Pattern.compile("(mathcal|mathbb|mathbf|mathrm|operatorname|frac|min|max|log|exp)");

    private final DomainDictionary dictionary;
    private final Lexicon lexicon;

    MentionFinder(DomainDictionary dictionary, Lexicon lexicon) {
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
            findTitleCasePhrases(tokens, mentions);
        }
        findHeadNounPhrases(tokens, mentions);
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

    /**
     * A run of two or more capitalised nouns inside an abstract sentence is a name ("we propose
     * MASFormer, a transformer variant with Mixed Attention Spans"), absorbing known concepts and
     * names inside it; its kind is its head noun's, else Method.
     */
    private void findTitleCasePhrases(List<CoreLabel> tokens, List<ConceptMention> out) {
        int i = 1;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && (isCapitalisedNoun(tokens.get(j))
                    || (j == i && isCapitalisedModifier(tokens.get(j))))) {
                j++;
            }
            if (j - i >= 2 && !lexicon.isGenericModifier(tokens.get(i).word())) {
                placeTitleCasePhrase(tokens, i, j, out);
            }
            i = Math.max(j, i + 1);
        }
    }

    private void placeTitleCasePhrase(List<CoreLabel> tokens, int begin, int end, List<ConceptMention> out) {
        for (ConceptMention m : out) {
            if (m.overlaps(begin, end) && (m.tokenBegin() < begin || m.tokenEnd() > end)) {
                return;
            }
        }
        if (out.stream().anyMatch(m -> m.tokenBegin() == begin && m.tokenEnd() == end)) {
            return;
        }
        out.removeIf(m -> m.overlaps(begin, end));
        CoreLabel last = tokens.get(end - 1);
        Lexicon.Head head = lexicon.head(last.word(), last.lemma());
        String phrase = phrase(tokens, begin, end);
        ConceptType type = head != null ? head.type() : typeOfName(phrase, tokens, end);
        out.add(new ConceptMention(begin, end, tokens.get(begin).beginPosition(), last.endPosition(), phrase, phrase,
                type, null, generalKeysOf(tokens, begin, end), head != null ? "title-case-phrase" : "title-case-name", 0.65));
    }

    private static boolean isCapitalisedModifier(CoreLabel token) {
        return (token.tag().equals("JJ") || token.tag().equals("VBN")) && Character.isUpperCase(token.word().charAt(0));
    }

    private static boolean isCapitalisedNoun(CoreLabel token) {
        String word = token.word();
        return token.tag().startsWith("NN") && Character.isUpperCase(word.charAt(0))
                && word.chars().anyMatch(Character::isLowerCase);
    }

    private void findHeadNounPhrases(List<CoreLabel> tokens, List<ConceptMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isPhraseTag(tokens.get(i).tag())) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && isPhraseTag(tokens.get(j).tag())) {
                j++;
            }
            int end = j;
            while (end > i && !tokens.get(end - 1).tag().startsWith("NN")) {
                end--;
            }
            if (end - i >= 2 && lexicon.isTrailingGeneric(tokens.get(end - 1).word())
                    && lexicon.head(tokens.get(end - 2).word(), tokens.get(end - 2).lemma()) != null) {
                end--;
            }
            if (end > i) {
                headNounPhrase(tokens, i, end, out);
            }
            i = j;
        }
    }

    private void headNounPhrase(List<CoreLabel> tokens, int begin, int end, List<ConceptMention> out) {
        CoreLabel headToken = tokens.get(end - 1);
        Lexicon.Head head = lexicon.head(headToken.word(), headToken.lemma());
        if (head == null) {
            return;
        }
        int start = Math.max(begin, end - 4);
        if (isGerundVerb(tokens, start)) {
            start++;
        }
        while (start < end - 1 && (isVagueModifier(tokens.get(start)) || isPlainAdjective(tokens.get(start), head.type()))) {
            start++;
        }
        String phrase = phrase(tokens, start, end);
        String key = ConceptKeys.key(phrase);
        if ((start == end - 1 && head.needsModifier()) || lexicon.isGenericPhrase(key) || dictionary.lookup(key) != null) {
            return;
        }
        placePhrase(tokens, start, end, head.type(), out);
    }

    /** Adds a phrase mention unless an earlier mention covers it; a known head inside it becomes its general concept. */
    private void placePhrase(List<CoreLabel> tokens, int start, int end, ConceptType type, List<ConceptMention> out) {
        ConceptMention atHead = null;
        for (ConceptMention m : out) {
            if (m.overlaps(start, end)) {
                if (m.tokenEnd() != end || m.tokenBegin() <= start || atHead != null) {
                    return;
                }
                atHead = m;
            }
        }
        List<String> general = generalKeysOf(tokens, start, end);
        ConceptType phraseType = type;
        if (atHead != null) {
            out.remove(atHead);
            phraseType = atHead.type();
        }
        String phrase = phrase(tokens, start, end);
        out.add(new ConceptMention(start, end, tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition(),
                phrase, phrase, phraseType, null, general, "head-noun-phrase", 0.6));
    }

    /**
     * A gerund that opens a phrase without a determiner before it is a verb ("while reducing
     * computational cost", "Examining Transformers"); after one it may be a name ("the encoding walk").
     */
    private static boolean isGerundVerb(List<CoreLabel> tokens, int i) {
        if (!tokens.get(i).tag().equals("VBG")) {
            return false;
        }
        String before = i == 0 ? "" : tokens.get(i - 1).tag();
        return !(before.equals("DT") || before.equals("PRP$") || before.equals("POS") || before.startsWith("JJ"));
    }

    private boolean isVagueModifier(CoreLabel token) {
        String word = token.word();
        String tag = token.tag();
        return lexicon.isGenericModifier(word) || tag.equals("DT") || tag.equals("PRP$") || tag.equals("CD")
                || tag.equals("POS") || NUMBERED_MODIFIER.matcher(word).matches() || VAGUE_COMPOUND.matcher(word).matches()
                || word.chars().noneMatch(Character::isLetter);
    }

    /**
     * Comparatives never narrow a concept down; before an architecture or a metric, neither does a
     * plain adjective or participle ("large transformer", "trained transformer", "high accuracy"),
     * while "sparse attention", "distributed attention" and "linear regression" keep theirs.
     */
    private static boolean isPlainAdjective(CoreLabel token, ConceptType headType) {
        String tag = token.tag();
        if (tag.equals("VBD") || tag.equals("JJR") || tag.equals("JJS")) {
            return true;
        }
        boolean plain = (tag.equals("JJ") || tag.equals("VBN")) && token.word().indexOf('-') < 0
                && Character.isLowerCase(token.word().charAt(0));
        return plain && (headType == ConceptType.ARCHITECTURE || headType == ConceptType.METRIC);
    }

    private static boolean isPhraseTag(String tag) {
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("FW") || tag.equals("VBN");
    }

    private ConceptType typeOfPhrase(List<CoreLabel> tokens, int begin, int end, String acronym) {
        CoreLabel last = tokens.get(end - 1);
        Lexicon.Head head = lexicon.head(last.word(), last.lemma());
        if (head != null) {
            return head.type();
        }
        return ARCHITECTURE_NAME.matcher(acronym).matches() ? ConceptType.ARCHITECTURE : ConceptType.METHOD;
    }

    /**
     * The known concepts the phrase ends with, longest first, each followed by what the dictionary
     * says it is a kind of: "Proxy Token Diffusion Transformers" is a diffusion transformer and a Transformer.
     */
    private List<String> generalKeysOf(List<CoreLabel> tokens, int begin, int end) {
        List<String> words = tokens.subList(begin, end).stream().map(CoreLabel::word).toList();
        List<String> keys = new ArrayList<>();
        for (int s = 1; s < words.size(); s++) {
            DomainDictionary.Match match = dictionary.longestMatch(words, s);
            if (match != null && s + match.length() == words.size()) {
                keys.add(ConceptKeys.key(match.entry().canonicalName()));
                keys.addAll(match.entry().parentKeys());
            }
        }
        return keys.stream().distinct().toList();
    }

    /** The kind of a named token: by its shape, else by the noun after it ("X model", "X benchmark"). */
    private ConceptType typeOfName(String name, List<CoreLabel> tokens, int next) {
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
