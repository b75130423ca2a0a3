package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.annotate.AcronymDefinitions;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.eval.Normalizer;

/**
 * Finds a paper's candidate concepts with high recall: every noun-phrase-like run of up to
 * {@value #MAX_TOKENS} tokens ending in a noun or a name, every concept the rules found, and every
 * long form an acronym definition names; spans with the same normal form are one candidate, and
 * an acronym joins its long form. Which candidates matter is left to the trained models.
 */
public final class CandidateFinder {

    /** The longest span considered, in tokens. */
    public static final int MAX_TOKENS = 6;

    private static final Set<String> INNER_WORDS = Set.of("of", "in", "for", "-", "/");

    private CandidateFinder() {}

    /**
     * Returns the candidates of a paper, in order of first mention.
     *
     * @param text the document text the token offsets point into
     * @param sentences each sentence's tokens, tagged with parts of speech
     * @param rules the concepts the rules found in the same document
     */
    public static List<Candidate> find(String text, List<List<CoreLabel>> sentences, PaperConcepts rules) {
        Grouping grouping = new Grouping();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s);
            for (int begin = 0; begin < tokens.size(); begin++) {
                if (!canStart(tokens.get(begin))) {
                    continue;
                }
                for (int end = begin + 1; end <= Math.min(tokens.size(), begin + MAX_TOKENS); end++) {
                    CoreLabel last = tokens.get(end - 1);
                    if (end - 1 > begin && !isContent(last) && !INNER_WORDS.contains(last.word().toLowerCase(java.util.Locale.ROOT))) {
                        break;
                    }
                    if (canEnd(last, end - begin)) {
                        grouping.add(span(text, tokens, s, begin, end));
                    }
                }
            }
            addAcronymDefinitions(text, tokens, s, grouping);
        }
        for (PaperConcepts.Concept concept : rules.all()) {
            List<String> keys = new ArrayList<>();
            for (PaperConcepts.Located located : concept.mentions()) {
                var m = located.mention();
                List<CoreLabel> tokens = sentences.get(located.sentenceIndex());
                if (m.tokenBegin() < 0 || m.tokenEnd() <= m.tokenBegin() || m.tokenEnd() > tokens.size()) {
                    continue;
                }
                keys.add(grouping.add(span(text, tokens, located.sentenceIndex(), m.tokenBegin(), m.tokenEnd())));
            }
            keys.removeIf(String::isEmpty);
            if (keys.isEmpty()) {
                continue;
            }
            for (String key : keys) {
                grouping.union(keys.get(0), key);
            }
            Candidate c = grouping.get(keys.get(0));
            c.setRuleConcept(concept);
            String nameForm = Normalizer.entity(concept.name());
            if (!nameForm.isEmpty()) {
                c.forms().add(nameForm);
            }
        }
        return grouping.candidates();
    }

    private static void addAcronymDefinitions(String text, List<CoreLabel> tokens, int s, Grouping grouping) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            String acronym = tokens.get(i + 1).word();
            if (!tokens.get(i).word().equals("(") || !tokens.get(i + 2).word().equals(")")
                    || !AcronymDefinitions.canBeAcronym(acronym)) {
                continue;
            }
            List<String> words = tokens.subList(0, i).stream().map(CoreLabel::word).toList();
            int n = AcronymDefinitions.longFormLength(words, acronym);
            if (n <= 0 || n > MAX_TOKENS + 2) {
                continue;
            }
            String longKey = grouping.add(span(text, tokens, s, i - n, i));
            String shortKey = grouping.add(span(text, tokens, s, i + 1, i + 2));
            if (longKey.isEmpty() || shortKey.isEmpty()) {
                continue;
            }
            grouping.get(longKey).markLongForm();
            grouping.get(shortKey).markAcronym();
            grouping.union(longKey, shortKey);
        }
    }

    static Span span(String text, List<CoreLabel> tokens, int sentence, int begin, int end) {
        int charBegin = tokens.get(begin).beginPosition();
        int charEnd = tokens.get(end - 1).endPosition();
        return new Span(sentence, begin, end, charBegin, charEnd, text.substring(charBegin, charEnd));
    }

    private static boolean canStart(CoreLabel token) {
        return isContent(token);
    }

    private static boolean canEnd(CoreLabel token, int length) {
        String tag = token.tag();
        if (tag.startsWith("NN") || tag.equals("FW") || isNameShaped(token.word())) {
            return true;
        }
        if (tag.equals("VBG")) {
            return length >= 2 || token.word().contains("-");
        }
        return tag.equals("CD") && length >= 2;
    }

    /** Returns true for a token that can be part of a name: nouns, adjectives, participles, numbers, name-shaped words. */
    static boolean isContent(CoreLabel token) {
        String tag = token.tag();
        String word = token.word();
        if (!word.chars().anyMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("VBN") || tag.equals("CD")
                || tag.equals("FW") || isNameShaped(word);
    }

    /** Returns true for a word written like a name: a capital after the first letter, or letters and digits together. */
    static boolean isNameShaped(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                return true;
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /**
     * Words that name what kind of part a name is rather than which one: "the multi-granularity
     * feature extraction module" is the multi-granularity feature extraction, "the Q-learning
     * algorithm" Q-learning. Words that change what is named ("model", "network", "system": a
     * "depth estimation model" is no task) are not among them. In the scorer's normal form.
     */
    private static final Set<String> GENERIC_HEADS = Set.of("module", "mechanism", "strategy", "strategie", "block",
            "layer", "algorithm", "scheme", "principle", "framework", "technique", "component", "paradigm");

    /** Returns the index of the space before a normal form's kind-of-part word ("x module"), or −1 when it has none. */
    static int genericHeadAt(String form) {
        int space = form.lastIndexOf(' ');
        return space > 0 && GENERIC_HEADS.contains(form.substring(space + 1)) ? space : -1;
    }

    /** Spans grouped by normal form, groups joined with a union-find over the forms. */
    private static final class Grouping {
        private final Map<String, Candidate> byKey = new LinkedHashMap<>();
        private final Map<String, String> parent = new HashMap<>();
        private final Set<String> seenSpans = new java.util.HashSet<>();

        /** Adds a span and returns its form, or the empty string when it has none worth keeping. */
        String add(Span span) {
            String key = Normalizer.entity(span.surface());
            if (key.length() < 2 || key.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) {
                return "";
            }
            Candidate c = byKey.computeIfAbsent(key, k -> {
                parent.put(k, k);
                Candidate fresh = new Candidate(k);
                fresh.forms().add(k);
                return fresh;
            });
            if (seenSpans.add(span.sentence() + ":" + span.begin() + ":" + span.end())) {
                c.spans().add(span);
            }
            return key;
        }

        Candidate get(String key) {
            return byKey.get(key);
        }

        String root(String key) {
            String p = parent.get(key);
            while (!p.equals(key)) {
                key = p;
                p = parent.get(key);
            }
            return key;
        }

        /** Joins "X module" to "X" when both were found, X first, so that the paper's concept is named X. */
        void joinGenericHeads() {
            for (String key : List.copyOf(byKey.keySet())) {
                int space = genericHeadAt(key);
                if (space > 0 && byKey.containsKey(key.substring(0, space))) {
                    union(key.substring(0, space), key);
                }
            }
        }

        void union(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        List<Candidate> candidates() {
            joinGenericHeads();
            Map<String, Candidate> merged = new LinkedHashMap<>();
            for (Map.Entry<String, Candidate> e : byKey.entrySet()) {
                String root = root(e.getKey());
                Candidate target = merged.get(root);
                if (target == null) {
                    Candidate fresh = new Candidate(byKey.get(root).key());
                    fresh.absorb(byKey.get(root));
                    merged.put(root, fresh);
                    target = fresh;
                }
                if (!e.getKey().equals(root)) {
                    target.absorb(e.getValue());
                }
            }
            List<Candidate> out = new ArrayList<>(merged.values());
            out.removeIf(c -> c.spans().isEmpty());
            out.sort(java.util.Comparator.comparingInt((Candidate c) -> c.first().sentence()).thenComparingInt(c -> c.first().begin()));
            return out;
        }
    }
}
