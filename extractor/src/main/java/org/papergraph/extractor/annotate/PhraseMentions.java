package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.extractor.ConceptType;

/**
 * The phrase passes of {@link MentionFinder}: runs of capitalised nouns inside an abstract
 * sentence, and noun phrases whose head noun the lexicon knows, stripped of the words that do not
 * narrow down which concept is meant. A phrase that ends with a known concept and says more
 * replaces that concept's mention and remembers it as its more general concept.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
final class PhraseMentions {

    private static final Pattern NUMBERED_MODIFIER =
            Pattern.compile("(?i)(one|two|three|four|five|six|\\d+)-(layer|head|block|stage|dimensional|bit|shot|step)s?");

    private final DomainDictionary dictionary;
    private final Lexicon lexicon;
    private final MentionFinder finder;

    PhraseMentions(DomainDictionary dictionary, Lexicon lexicon, MentionFinder finder) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.finder = finder;
    }

    private static List<String> words(List<CoreLabel> tokens, int begin, int end) {
        return tokens.subList(begin, end).stream().map(CoreLabel::word).toList();
    }

    /**
     * A run of two or more capitalised nouns inside an abstract sentence is a name ("we propose
     * MASFormer, a transformer variant with Mixed Attention Spans"), absorbing known concepts and
     * names inside it; its kind is its head noun's, else Method.
     */
    void findTitleCasePhrases(List<CoreLabel> tokens, List<ConceptMention> out) {
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
        String phrase = MentionFinder.phrase(tokens, begin, end);
        ConceptType type = head != null ? head.type() : finder.typeOfName(phrase, tokens, end);
        out.add(new ConceptMention(begin, end, tokens.get(begin).beginPosition(), last.endPosition(), phrase, phrase,
                type, null, dictionary.generalKeysOf(words(tokens, begin, end)), head != null ? "title-case-phrase" : "title-case-name", 0.65));
    }

    private static boolean isCapitalisedModifier(CoreLabel token) {
        return (token.tag().equals("JJ") || token.tag().equals("VBN")) && Character.isUpperCase(token.word().charAt(0));
    }

    private static boolean isCapitalisedNoun(CoreLabel token) {
        String word = token.word();
        return token.tag().startsWith("NN") && Character.isUpperCase(word.charAt(0))
                && word.chars().anyMatch(Character::isLowerCase);
    }

    void findHeadNounPhrases(List<CoreLabel> tokens, List<ConceptMention> out) {
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
        String phrase = MentionFinder.phrase(tokens, start, end);
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
        List<String> general = dictionary.generalKeysOf(words(tokens, start, end));
        ConceptType phraseType = type;
        if (atHead != null) {
            out.remove(atHead);
            phraseType = atHead.type();
        }
        String phrase = MentionFinder.phrase(tokens, start, end);
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
                || tag.equals("POS") || NUMBERED_MODIFIER.matcher(word).matches() || MentionFinder.VAGUE_COMPOUND.matcher(word).matches()
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
}
