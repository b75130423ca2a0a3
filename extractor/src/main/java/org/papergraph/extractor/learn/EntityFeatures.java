package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.wordclass.CorpusStatistics;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

/**
 * The features of a candidate concept, for deciding whether the paper's graph keeps it, as which
 * kind, and whether the paper proposes it: what it looks like, where and how often the paper
 * names it, the words around it, what the rules and the dictionary made of it, and what the
 * learned lexicon knows of its form.
 */
final class EntityFeatures {

    private static final Set<String> PROPOSAL_VERBS = Set.of("propose", "proposes", "introduce", "introduces", "present",
            "presents", "develop", "develops", "design", "call", "called", "dub", "dubbed", "named", "term", "termed");

    /** Words that, after "we" or "this paper", introduce what the paper proposes. */
    private static final Set<String> PROPOSAL_LEMMAS = Set.of("propose", "introduce", "present", "develop", "design");

    private final Function<String, @Nullable String> wordClass;
    private final PhraseFrequencies phrases;

    EntityFeatures(CorpusStatistics statistics) {
        this.wordClass = statistics.wordClass();
        this.phrases = statistics.phrases();
    }

    /**
     * Returns the features of every candidate of the paper, in the paper's order.
     *
     * @param self the paper's gold annotation when it is a training paper (the lexicon leaves its
     *     own counts out), else null
     * @param marginals the mention tagger's label probabilities over the paper, or null without a tagger
     */
    List<List<String>> of(PaperView view, FormLexicon lexicon, @Nullable GoldPaper self,
            MentionTagger.@Nullable Marginals marginals) {
        int proposal = proposalSentence(view);
        ListMates mates = new ListMates(view.candidates());
        List<List<String>> out = new ArrayList<>(view.candidates().size());
        for (Candidate c : view.candidates()) {
            List<String> f = of(view, c, proposal, lexicon, self, marginals);
            mates.features(view, c, f);
            out.add(f);
        }
        return out;
    }

    private List<String> of(PaperView view, Candidate c, int proposal, FormLexicon lexicon, @Nullable GoldPaper self,
            MentionTagger.@Nullable Marginals marginals) {
        List<String> f = new ArrayList<>();
        Span first = c.first();
        List<CoreLabel> tokens = view.sentences().get(first.sentence()).subList(first.begin(), first.end());
        String head = lower(tokens.get(tokens.size() - 1).word());
        f.add("key=" + c.key());
        f.add("head=" + head);
        f.add("head=" + head + "|len" + Math.min(tokens.size(), 3));
        f.add("firstWord=" + lower(tokens.get(0).word()));
        tokens.forEach(t -> f.add("w=" + lower(t.word())));
        f.add("len=" + Math.min(tokens.size(), 5));
        f.add("shape=" + shape(first.surface()));
        f.add("headShape=" + shape(tokens.get(tokens.size() - 1).word()));
        f.add("suffix=" + suffix(head));
        f.add("pos=" + tokens.stream().map(t -> coarse(t.tag())).reduce("", String::concat));
        addWordClasses(tokens, head, f);
        addEarlierUse(view, c, f);
        addGenericHeads(c, f);
        addPlaces(view, c, f);
        addContext(view, c, f);
        addDescriptors(view, c, f);
        addDiscourse(view, c, proposal, f);
        addRules(c, f);
        addNesting(view, c, f);
        addRank(view, c, f);
        lexicon.features(c, self, f);
        if (marginals != null) {
            addTagger(c, marginals, f);
        }
        String rule = c.ruleConcept() == null ? "none" : c.ruleConcept().type().label();
        f.add("rule|mentions=" + rule + "|" + Math.min(c.spans().size(), 3));
        f.add("head|title=" + head + "|" + view.namedInTitle(c));
        f.add("shape|len=" + shape(first.surface()) + "|" + Math.min(tokens.size(), 3));
        return f;
    }

    /**
     * How many papers of the arXiv corpus used the candidate's name and its head word before this
     * paper: a name the paper coins is new, one it takes from the field is not. Read together with
     * how often and where this paper names it, as keyphrase extractors weigh a term's frequency in a
     * document by its rarity in the collection. An undated paper has none of these.
     */
    private void addEarlierUse(PaperView view, Candidate c, List<String> f) {
        if (view.day() == PhraseFrequencies.NO_DAY) {
            return;
        }
        String key = c.key();
        String prior = earlierUse(phrases.papersBefore(key, view.day()));
        String headPrior = earlierUse(phrases.papersBefore(key.substring(key.lastIndexOf(' ') + 1), view.day()));
        boolean inTitle = view.namedInTitle(c);
        f.add("prior=" + prior);
        f.add("headPrior=" + headPrior);
        f.add("prior|mentions=" + prior + "|" + Math.min(c.spans().size(), 3));
        f.add("prior|title=" + prior + "|" + inTitle);
    }

    private static String earlierUse(int papers) {
        return papers < 0 ? "uncounted" : String.valueOf(papers);
    }

    /** The kind-of-part words a candidate's longer forms end in ("module" for X named also "X module"). */
    private static void addGenericHeads(Candidate c, List<String> f) {
        for (String form : c.forms()) {
            int space = CandidateFinder.genericHeadAt(form);
            if (space > 0 && c.forms().contains(form.substring(0, space))) {
                f.add("genericHead=" + form.substring(space + 1));
            }
        }
    }

    private void addWordClasses(List<CoreLabel> tokens, String head, List<String> f) {
        String hc = wordClass.apply(head);
        f.add("headClass=" + (hc == null ? "none" : hc));
        String fc = wordClass.apply(lower(tokens.get(0).word()));
        if (tokens.size() > 1) {
            f.add("firstClass=" + (fc == null ? "none" : fc));
        }
        for (CoreLabel t : tokens) {
            String wc = wordClass.apply(lower(t.word()));
            if (wc != null) {
                f.add("wordClass=" + wc);
            }
        }
    }

    private static void addPlaces(PaperView view, Candidate c, List<String> f) {
        int mentions = c.spans().size();
        long sentences = c.spans().stream().mapToInt(Span::sentence).distinct().count();
        f.add("mentions=" + Math.min(mentions, 5));
        f.add("sentences=" + Math.min(sentences, 4));
        boolean inTitle = view.namedInTitle(c);
        f.add("inTitle=" + inTitle);
        if (inTitle && c.spans().stream().anyMatch(s -> view.inTitle(s.sentence()) && beforeColon(view, s))) {
            f.add("titleBeforeColon");
        }
        int firstAbstract = c.spans().stream().mapToInt(Span::sentence).filter(s -> !view.inTitle(s)).min().orElse(-1);
        f.add("firstSent=" + (firstAbstract < 0 ? "none" : Math.min(firstAbstract - view.titleSentences(), 4)));
        if (c.spans().stream().anyMatch(s -> s.sentence() == view.sentences().size() - 1)) {
            f.add("lastSent");
        }
        f.add("spread=" + (sentences >= 3 ? "wide" : inTitle && sentences >= 2 ? "title+" : "narrow"));
        f.add("mentions=" + Math.min(mentions, 4) + "|title=" + inTitle);
    }

    private static boolean beforeColon(PaperView view, Span span) {
        List<CoreLabel> tokens = view.sentences().get(span.sentence());
        for (int i = span.end(); i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(":")) {
                return span.begin() == 0;
            }
        }
        return false;
    }

    private static void addContext(PaperView view, Candidate c, List<String> f) {
        boolean proposalSentence = false;
        for (Span s : c.spans()) {
            List<CoreLabel> tokens = view.sentences().get(s.sentence());
            f.add("L1=" + (s.begin() > 0 ? lower(tokens.get(s.begin() - 1).word()) : "<s>"));
            f.add("R1=" + (s.end() < tokens.size() ? lower(tokens.get(s.end()).word()) : "</s>"));
            if (s.begin() > 1) {
                f.add("L2=" + lower(tokens.get(s.begin() - 2).word()) + "_" + lower(tokens.get(s.begin() - 1).word()));
            }
            if (s.end() + 1 < tokens.size()) {
                f.add("R2=" + lower(tokens.get(s.end()).word()) + "_" + lower(tokens.get(s.end() + 1).word()));
            }
            boolean capital = Character.isUpperCase(s.surface().charAt(0));
            if (capital && s.begin() > 0 && !view.inTitle(s.sentence())) {
                f.add("capitalMidSentence");
            }
            for (int i = Math.max(0, s.begin() - 6); i < s.begin(); i++) {
                if (PROPOSAL_VERBS.contains(lower(tokens.get(i).word()))) {
                    proposalSentence = true;
                }
            }
            if (s.begin() > 0 && lower(tokens.get(s.begin() - 1).word()).equals("our")) {
                f.add("afterOur");
            }
            for (int i = s.begin() - 1; i >= Math.max(0, s.begin() - 6); i--) {
                if (tokens.get(i).tag().startsWith("VB")) {
                    f.add("verbBefore=" + lower(tokens.get(i).lemma() == null ? tokens.get(i).word() : tokens.get(i).lemma()));
                    break;
                }
            }
        }
        if (proposalSentence) {
            f.add("afterProposalVerb");
        }
    }

    /**
     * The candidates listed beside one in a coordination ("on ImageNet, COCO and ADE20K"): the
     * members of a list are mostly of one kind, and the rules or the dictionary often know one of
     * them.
     */
    private final class ListMates {
        private final java.util.Map<String, Candidate> endingAt = new java.util.HashMap<>();
        private final java.util.Map<String, Candidate> startingAt = new java.util.HashMap<>();

        ListMates(List<Candidate> candidates) {
            for (Candidate c : candidates) {
                for (Span s : c.spans()) {
                    endingAt.merge(s.sentence() + ":" + s.end(), c, (a, b) -> longer(a, b, s.sentence(), s.end(), true));
                    startingAt.merge(s.sentence() + ":" + s.begin(), c, (a, b) -> longer(a, b, s.sentence(), s.begin(), false));
                }
            }
        }

        /** The candidate with the longer span ending (or starting) at the position. */
        private static Candidate longer(Candidate a, Candidate b, int sentence, int at, boolean ending) {
            return length(a, sentence, at, ending) >= length(b, sentence, at, ending) ? a : b;
        }

        private static int length(Candidate c, int sentence, int at, boolean ending) {
            return c.spans().stream().filter(x -> x.sentence() == sentence && (ending ? x.end() : x.begin()) == at)
                    .mapToInt(Span::length).max().orElse(0);
        }

        void features(PaperView view, Candidate c, List<String> f) {
            Set<String> seen = new java.util.HashSet<>();
            for (Span s : c.spans()) {
                List<CoreLabel> tokens = view.sentences().get(s.sentence());
                int left = s.begin() - 1;
                if (left >= 1 && isConjunction(tokens.get(left)) && tokens.get(left - 1).word().equals(",")) {
                    left--;
                }
                if (left >= 1 && (isConjunction(tokens.get(left)) || tokens.get(left).word().equals(","))) {
                    mate(endingAt.get(s.sentence() + ":" + left), c, f, seen);
                }
                int right = s.end();
                if (right < tokens.size() && (isConjunction(tokens.get(right)) || tokens.get(right).word().equals(","))) {
                    if (right + 1 < tokens.size() && tokens.get(right).word().equals(",") && isConjunction(tokens.get(right + 1))) {
                        right++;
                    }
                    mate(startingAt.get(s.sentence() + ":" + (right + 1)), c, f, seen);
                }
            }
        }

        private void mate(@Nullable Candidate mate, Candidate self, List<String> f, Set<String> seen) {
            if (mate == null || mate == self) {
                return;
            }
            String rule = mate.ruleConcept() == null ? "none" : mate.ruleConcept().type().label();
            if (seen.add(rule)) {
                f.add("listMate=" + rule);
            }
            String[] words = mate.key().split(" ");
            String hc = wordClass.apply(words[words.length - 1]);
            if (hc != null && seen.add(hc)) {
                f.add("listMateHeadClass=" + hc);
            }
        }

        private static boolean isConjunction(CoreLabel token) {
            String w = lower(token.word());
            return w.equals("and") || w.equals("or");
        }
    }

    /** Words that introduce a description of what comes before: "X, a …", "X: A … Framework", "X (a …)", "X is a …". */
    private static final Set<String> DESCRIPTION_OPENERS = Set.of(",", ":", "(", "-", "--", "is", "are", "as");

    /** Words that may open the description's noun phrase, skipped to reach its head. */
    private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("a", "an", "the", "our", "which", "is");

    /** Words after which a name follows its description: "a benchmark called X". */
    private static final Set<String> NAMING_WORDS = Set.of("called", "named", "dubbed", "termed", "coined");

    /**
     * What the text says the candidate is: the head noun of a description next to a mention ("X,
     * a multimodal benchmark for …" gives benchmark; "a framework called X" framework). A name
     * the models have never seen is typed by what the paper calls it.
     */
    private void addDescriptors(PaperView view, Candidate c, List<String> f) {
        Set<String> seen = new java.util.HashSet<>();
        for (Span s : c.spans()) {
            List<CoreLabel> tokens = view.sentences().get(s.sentence());
            String right = descriptionAfter(tokens, s.end());
            if (right != null && seen.add("R" + right)) {
                f.add("descR=" + right);
                String rc = wordClass.apply(right);
                f.add("descRClass=" + (rc == null ? "none" : rc));
            }
            if (s.begin() > 0 && NAMING_WORDS.contains(lower(tokens.get(s.begin() - 1).word()))) {
                for (int i = s.begin() - 2; i >= Math.max(0, s.begin() - 6); i--) {
                    if (tokens.get(i).tag().startsWith("NN")) {
                        String left = lemma(tokens.get(i));
                        if (seen.add("L" + left)) {
                            f.add("descL=" + left);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** The head noun of a description that opens at token {@code at}, or null when none does. */
    private static @Nullable String descriptionAfter(List<CoreLabel> tokens, int at) {
        if (at >= tokens.size() || !DESCRIPTION_OPENERS.contains(lower(tokens.get(at).word()))) {
            return null;
        }
        int i = at + 1;
        if (i < tokens.size() && DESCRIPTION_DETERMINERS.contains(lower(tokens.get(i).word()))) {
            i++;
        }
        String head = null;
        for (int n = 0; i < tokens.size() && n < 8; i++, n++) {
            CoreLabel t = tokens.get(i);
            String tag = t.tag();
            if (tag.startsWith("NN")) {
                head = lemma(t);
            } else if (!(tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG") || tag.equals("CD") || tag.equals("HYPH")
                    || t.word().equals("-"))) {
                break;
            }
        }
        return head;
    }

    /** Returns the token's lemma, or its word where it has none, in lower case. */
    static String lemma(CoreLabel token) {
        return lower(token.lemma() == null ? token.word() : token.lemma());
    }

    /**
     * In which parts of the abstract's argument the candidate is named: the background before the
     * paper says what it proposes, the proposal itself, or what follows (method and results), and
     * whether in a sentence with a number. A concept named only as background matters less to the
     * paper than one it builds on or evaluates with.
     */
    private static void addDiscourse(PaperView view, Candidate c, int proposal, List<String> f) {
        if (proposal < 0) {
            f.add("disc=noProposal");
            return;
        }
        boolean before = false;
        boolean at = false;
        boolean after = false;
        boolean numbers = false;
        for (Span s : c.spans()) {
            if (view.inTitle(s.sentence())) {
                continue;
            }
            before |= s.sentence() < proposal;
            at |= s.sentence() == proposal;
            after |= s.sentence() > proposal;
            numbers |= view.sentences().get(s.sentence()).stream().anyMatch(t -> t.tag().equals("CD"));
        }
        String where = (before ? "B" : "") + (at ? "P" : "") + (after ? "A" : "");
        f.add("disc=" + where);
        f.add("disc=" + where + "|title=" + view.namedInTitle(c));
        if (numbers) {
            f.add("discNumbers");
        }
    }

    /** Returns the index of the abstract's first sentence that says what the paper proposes ("we propose", "this paper introduces", …), or −1. */
    private static int proposalSentence(PaperView view) {
        for (int s = view.titleSentences(); s < view.sentences().size(); s++) {
            List<CoreLabel> tokens = view.sentences().get(s);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String w = lower(tokens.get(i).word());
                CoreLabel next = tokens.get(i + 1);
                if ((w.equals("we") || w.equals("paper") || w.equals("work"))
                        && PROPOSAL_LEMMAS.contains(lower(next.lemma() == null ? next.word() : next.lemma()))) {
                    return s;
                }
            }
        }
        return -1;
    }

    private static void addRules(Candidate c, List<String> f) {
        PaperConcepts.Concept rule = c.ruleConcept();
        if (c.isLongFormOfAcronym()) {
            f.add("longFormOfAcronym");
        }
        if (c.isDefinedAcronym()) {
            f.add("definedAcronym");
        }
        if (rule == null) {
            f.add("rule=none");
            return;
        }
        f.add("rule=" + rule.type().label());
        f.add("ruleKnown=" + rule.isKnown());
        if (rule.proposed()) {
            f.add("ruleProposed");
            f.add("ruleProposedBy=" + rule.proposedBy());
        }
        rule.mentions().stream().map(l -> l.mention().rule()).distinct().forEach(r -> f.add("ruleFinder=" + r));
        if (rule.isNamed()) {
            f.add("ruleNamed");
        }
    }

    /** What the mention tagger makes of the candidate's occurrences: how surely inside a mention, how well bounded, which kind. */
    private static void addTagger(Candidate c, MentionTagger.Marginals m, List<String> f) {
        double best = 0;
        double bestBounded = 0;
        Span bestSpan = c.first();
        for (Span s : c.spans()) {
            double inside = m.inside(s);
            if (inside > best) {
                best = inside;
                bestSpan = s;
                bestBounded = m.bounded(s);
            }
        }
        double first = m.inside(c.first());
        String bin = bin(best);
        f.add("crf=" + bin);
        f.add("crfFirst=" + bin(first));
        f.add("crfBounded=" + bin(bestBounded));
        f.add("crf|bounded=" + bin + "|" + bin(bestBounded));
        if (best >= 0.3) {
            String kind = m.kind(bestSpan);
            f.add("crfKind=" + kind);
            f.add("crfKind=" + kind + "|" + bin);
        }
        f.add("crf|mentions=" + bin + "|" + Math.min(c.spans().size(), 3));
    }

    private static String bin(double p) {
        return p < 0.05 ? "0" : p < 0.2 ? "1" : p < 0.4 ? "2" : p < 0.6 ? "3" : p < 0.8 ? "4" : p < 0.95 ? "5" : "6";
    }

    private static void addRank(PaperView view, Candidate c, List<String> f) {
        int mentions = c.spans().size();
        long more = view.candidates().stream().filter(o -> o.spans().size() > mentions).count();
        f.add("mentionRank=" + (more == 0 ? "top" : more < 3 ? "top3" : more < 8 ? "top8" : "rest"));
    }

    private static void addNesting(PaperView view, Candidate c, List<String> f) {
        boolean allInside = true;
        boolean allInsideAny = true;
        boolean containsOther = false;
        for (Span s : c.spans()) {
            boolean inside = false;
            boolean insideAny = false;
            for (Candidate other : view.candidates()) {
                if (other == c) {
                    continue;
                }
                for (Span o : other.spans()) {
                    insideAny |= s.strictlyInside(o) && other.spans().size() >= 2;
                    inside |= s.strictlyInside(o) && other.ruleConcept() != null;
                    containsOther |= o.strictlyInside(s) && other.ruleConcept() != null;
                }
            }
            allInside &= inside;
            allInsideAny &= insideAny;
        }
        if (allInsideAny) {
            f.add("alwaysInsideRepeatedCandidate");
        }
        if (allInside) {
            f.add("alwaysInsideRuleConcept");
        }
        if (containsOther) {
            f.add("containsRuleConcept");
        }
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Returns a word's shape: runs of capitals, small letters, digits and others, each written once. */
    static String shape(String word) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length() && sb.length() < 8; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : c == ' ' ? '_' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }

    private static String suffix(String word) {
        return word.length() <= 3 ? word : word.substring(word.length() - 3);
    }

    private static String coarse(String tag) {
        return tag.startsWith("NNP") ? "P" : tag.startsWith("NN") ? "N" : tag.startsWith("JJ") ? "J" : tag.startsWith("VB") ? "V"
                : tag.equals("CD") ? "D" : "o";
    }
}
