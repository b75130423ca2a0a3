package org.papergraph.extractor.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;

/**
 * The concepts of one paper: its mentions grouped so that surface variants, plurals and defined
 * acronyms of one thing become one concept.
 *
 * <p>Built once per paper by {@link ConceptMentionAnnotator}, then read (and marked proposed)
 * by the later annotators of the same pipeline run; not thread-safe.
 */
public final class PaperConcepts {

    /** A mention together with the index of its sentence. */
    public record Located(int sentenceIndex, ConceptMention mention) {}

    /** One concept of the paper. */
    public static final class Concept {
        private final String key;
        private String name;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Map<ConceptType, Integer> votes = new EnumMap<>(ConceptType.class);
        private @Nullable ConceptType dictionaryType;
        private @Nullable ConceptType definedType;
        private final Set<String> generalKeys = new LinkedHashSet<>();
        private final List<Located> mentions = new ArrayList<>();
        private boolean proposed;
        private String proposedBy = "";

        Concept(String key, String name) {
            this.key = key;
            this.name = name;
        }

        /** Returns the concept's key within the paper. */
        public String key() {
            return key;
        }

        /**
         * Returns the name the paper uses for it; when that name marks acronym letters with
         * capitals ({@link ConceptKeys#hasMarkedCasing}) and the paper also writes the same words
         * in plain casing (often in the title), the plain form.
         */
        public String name() {
            if (!ConceptKeys.hasMarkedCasing(name)) {
                return name;
            }
            return mentions.stream().map(l -> singularName(AcronymDefinitions.stem(l.mention().surface()), type()))
                    .filter(form -> form.equalsIgnoreCase(name) && !ConceptKeys.hasMarkedCasing(form))
                    .findFirst().orElse(name);
        }

        /**
         * Returns the other surface forms, acronyms first: neither a form that has the name's key
         * nor one that differs only in case from an earlier one.
         */
        public Set<String> aliases() {
            String nameKey = ConceptKeys.key(name);
            Set<String> seen = new java.util.HashSet<>();
            Set<String> distinct = new LinkedHashSet<>();
            for (String alias : aliases) {
                if (!ConceptKeys.key(alias).equals(nameKey) && seen.add(alias.toLowerCase(java.util.Locale.ROOT))) {
                    distinct.add(alias);
                }
            }
            return distinct;
        }

        /** Returns the kind: the dictionary's if it knows the concept, else the kind most mentions had. */
        public ConceptType type() {
            if (dictionaryType != null) {
                return dictionaryType;
            }
            if (definedType != null) {
                return definedType;
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(ConceptType.METHOD);
        }

        /** Returns the keys of more general concepts this one is a kind of, the most specific first. */
        public Set<String> generalKeys() {
            return generalKeys;
        }

        /** Returns every mention, in text order. */
        public List<Located> mentions() {
            return mentions;
        }

        /** Returns whether the paper introduces this concept. */
        public boolean proposed() {
            return proposed;
        }

        /** Returns the rule that marked it proposed, or the empty string. */
        public String proposedBy() {
            return proposedBy;
        }

        /** Marks the concept as introduced by the paper; the first rule to say so is kept. */
        public void markProposed(String rule) {
            if (!proposed) {
                proposed = true;
                proposedBy = rule;
            }
        }

        /** Returns the index of the first sentence that mentions it. */
        public int firstSentence() {
            return mentions.get(0).sentenceIndex();
        }

        /** Returns true when the paper names it like a proper name: a named token, an acronym, or Title Case. */
        public boolean isNamed() {
            return isNamedFrom(0);
        }

        /** Returns true when some mention from sentence {@code first} on names it like a proper name. */
        public boolean isNamedFrom(int first) {
            return mentions.stream().filter(l -> l.sentenceIndex() >= first).map(Located::mention)
                    .anyMatch(m -> m.acronym() != null
                    || m.rule().equals("named-token") || m.rule().equals("acronym-definition") || isTitleCase(m.surface()));
        }

        /**
         * Returns true unless every mention is a Title-Case run whose head noun is not a known
         * head ("Embedding Space"): capitals alone do not make a phrase a method.
         */
        public boolean hasKnownHeadOrNameShape() {
            return mentions.stream().anyMatch(l -> !l.mention().rule().equals("title-case-name")
                    && !l.mention().rule().equals("title-link"));
        }

        private static boolean isTitleCase(String surface) {
            for (String word : surface.split("[\\s-]+")) {
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
            }
            return surface.contains(" ");
        }

        /** Returns true when a mention came from the domain dictionary. */
        public boolean isKnown() {
            return dictionaryType != null;
        }
    }

    private final Map<String, Concept> byKey = new LinkedHashMap<>();
    private final Map<String, String> aliasToKey = new HashMap<>();

    /** Groups the mentions of a paper, given sentence by sentence in text order. */
    public static PaperConcepts group(List<List<ConceptMention>> sentences) {
        PaperConcepts concepts = new PaperConcepts();
        for (List<ConceptMention> mentions : sentences) {
            for (ConceptMention m : mentions) {
                if (m.acronym() != null) {
                    concepts.aliasToKey.putIfAbsent(ConceptKeys.key(m.acronym()), m.key());
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            for (ConceptMention m : sentences.get(s)) {
                concepts.add(new Located(s, m));
            }
        }
        return concepts;
    }

    private void add(Located located) {
        ConceptMention m = located.mention();
        String key = keyOf(m);
        Concept concept = byKey.computeIfAbsent(key, k -> new Concept(k, singularName(m.name(), m.type())));
        concept.mentions.add(located);
        concept.votes.merge(m.type(), 1, Integer::sum);
        if (m.rule().startsWith("dictionary") && concept.dictionaryType == null) {
            concept.dictionaryType = m.type();
            concept.name = m.name();
        }
        if (m.acronym() != null) {
            concept.aliases.add(m.acronym());
            concept.definedType = m.type();
            if (!m.rule().startsWith("dictionary") && concept.dictionaryType == null) {
                concept.name = singularName(m.name(), m.type());
            }
        }
        concept.generalKeys.addAll(m.generalKeys());
        concept.generalKeys.remove(key);
        String surface = m.surface();
        if (!ConceptKeys.key(surface).equals(ConceptKeys.key(concept.name))) {
            concept.aliases.add(AcronymDefinitions.stem(surface));
        }
    }

    /** Returns the key of the concept a mention belongs to, following acronym definitions. */
    public String keyOf(ConceptMention mention) {
        String key = mention.key();
        return aliasToKey.getOrDefault(key, key);
    }

    /** Returns the concept with this key, or null. */
    public @Nullable Concept get(String key) {
        return byKey.get(key);
    }

    /** Returns the concepts in order of first mention. */
    public Collection<Concept> all() {
        return byKey.values();
    }

    /** Returns the proposed concepts in order of first mention. */
    public List<Concept> proposed() {
        return byKey.values().stream().filter(Concept::proposed).toList();
    }

    /**
     * Returns the name in the singular, keeping the text's case and words: the last word loses a
     * plural ("Sparse Autoencoders", "SSMs", "Gaussian Processes"), unless the name is a
     * dataset's ("Hateful Memes"), or holds a phrase after its head ("Mixture-of-Experts",
     * "Diffusion Models as Priors"), whose plural belongs to the phrase and not to the head.
     */
    public static String singularName(String name, ConceptType type) {
        if (type == ConceptType.DATASET || PHRASE_AFTER_HEAD.matcher(name).find()) {
            return name;
        }
        int lastSpace = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'));
        String last = name.substring(lastSpace + 1);
        String head = name.substring(0, lastSpace + 1);
        if (last.chars().filter(Character::isUpperCase).count() >= 2 && last.endsWith("s")) {
            // "LLMs", "ViTs", "MoE-LLMs" are plurals; "NeuralNexus", "LookingGlass" are names
            char before = last.length() >= 2 ? last.charAt(last.length() - 2) : ' ';
            return Character.isUpperCase(before) || Character.isDigit(before) ? head + last.substring(0, last.length() - 1) : name;
        }
        String singular = ConceptKeys.singular(last.toLowerCase(java.util.Locale.ROOT));
        if (singular.length() == last.length()) {
            return name;
        }
        return last.toLowerCase(java.util.Locale.ROOT).endsWith("ies") && singular.endsWith("y")
                ? head + last.substring(0, last.length() - 3) + "y"
                : head + last.substring(0, singular.length());
    }

    /** A preposition after the first word starts a phrase that the head governs. */
    private static final java.util.regex.Pattern PHRASE_AFTER_HEAD = java.util.regex.Pattern.compile(
            "(?i)\\S[\\s-](of|for|as|in|on|with|without|from|via|by|at|over|under|through|into)[\\s-]\\S");
}
