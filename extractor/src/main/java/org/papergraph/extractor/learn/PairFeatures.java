package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.RelationMention;

/**
 * The features of an ordered pair of a paper's concepts, for deciding how the first relates to
 * the second: their kinds, which the paper proposes, whether and how closely they share a
 * sentence and the words between them there, how the text speaks of the second where it names
 * it, whether one's name holds the other's, and what the cue rules said.
 */
final class PairFeatures {

    private static final int MAX_BETWEEN = 12;
    /** How many of the object's mentions, from its first, are read for their context. */
    private static final int CONTEXT_MENTIONS = 3;
    /** How far back from an object's mention a verb is looked for. */
    private static final int VERB_WINDOW = 8;

    private PairFeatures() {}

    /** A concept as the pair model sees it: the candidate, its kind and whether it is proposed. */
    record Node(Candidate candidate, String type, boolean proposed, boolean main) {}

    /** Returns the features of the pair (subject, object). */
    static List<String> of(PaperView view, Node a, Node b) {
        List<String> f = new ArrayList<>();
        String types = a.type() + ">" + b.type();
        String roles = (a.main() ? "M" : a.proposed() ? "P" : "-") + (b.main() ? "M" : b.proposed() ? "P" : "-");
        f.add("types=" + types);
        f.add("roles=" + roles);
        f.add("rolesTypes=" + roles + types);
        Closest closest = closest(view, a.candidate(), b.candidate());
        int shared = sharedSentences(a.candidate(), b.candidate());
        f.add("shared=" + Math.min(shared, 3));
        f.add("shared=" + Math.min(shared, 2) + "|" + roles + types);
        if (closest != null) {
            f.add("order=" + (closest.aFirst ? "ab" : "ba") + "|" + types);
            f.add("gap=" + bucket(closest.between.size()));
            if (closest.between.size() <= MAX_BETWEEN) {
                for (String w : closest.between) {
                    f.add("between=" + w);
                    f.add("between=" + w + "|" + types);
                }
                if (closest.between.isEmpty()) {
                    f.add("adjacent|" + types);
                } else {
                    f.add("firstBetween=" + closest.between.get(0) + "|" + (closest.aFirst ? "ab" : "ba"));
                    f.add("lastBetween=" + closest.between.get(closest.between.size() - 1) + "|" + (closest.aFirst ? "ab" : "ba"));
                }
            }
        } else {
            f.add("noSharedSentence|" + roles + types);
        }
        // many relations run from the paper's own concept to one named without it ("It outperforms
        // DeiT"): such a pair has no words between its ends, but the object's own context speaks
        String subject = roles.charAt(0) + types;
        for (String context : objectContext(view, b.candidate())) {
            f.add("bContext=" + context + "|" + subject);
        }
        f.add("bPlace=" + place(view, b.candidate()) + "|" + subject);
        String ka = " " + a.candidate().key() + " ";
        String kb = " " + b.candidate().key() + " ";
        if (ka.contains(kb) && !ka.equals(kb)) {
            f.add("subjectNameHoldsObject|" + types);
            if (ka.endsWith(kb)) {
                f.add("subjectNameEndsWithObject");
            }
        }
        if (kb.contains(ka) && !ka.equals(kb)) {
            f.add("objectNameHoldsSubject");
        }
        f.add("bHead=" + head(b.candidate()) + "|" + a.type());
        f.add("aTitle=" + view.namedInTitle(a.candidate()) + "|bTitle=" + view.namedInTitle(b.candidate()));
        String rule = ruleRelation(view, a.candidate(), b.candidate());
        if (rule != null) {
            f.add("rule=" + rule);
            f.add("rule=" + rule + "|" + types);
        }
        return f;
    }

    private record Closest(boolean aFirst, List<String> between) {}

    private static @Nullable Closest closest(PaperView view, Candidate a, Candidate b) {
        Closest best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Span sa : a.spans()) {
            for (Span sb : b.spans()) {
                if (sa.sentence() != sb.sentence() || sa.end() > sb.begin() && sb.end() > sa.begin()) {
                    continue;
                }
                boolean aFirst = sa.end() <= sb.begin();
                int from = aFirst ? sa.end() : sb.end();
                int to = aFirst ? sb.begin() : sa.begin();
                if (to - from < bestGap) {
                    bestGap = to - from;
                    List<CoreLabel> tokens = view.sentences().get(sa.sentence());
                    List<String> words = new ArrayList<>();
                    for (int i = from; i < to && words.size() <= MAX_BETWEEN; i++) {
                        words.add(EntityFeatures.lemma(tokens.get(i)));
                    }
                    best = new Closest(aFirst, words);
                }
            }
        }
        return best;
    }

    /**
     * Returns, for each of the candidate's first mentions, the word just before it ("prev=", "^" at
     * a sentence's start) and the nearest verb before it within a few words ("verb="), as lemmas.
     */
    static Set<String> objectContext(PaperView view, Candidate c) {
        Set<String> out = new LinkedHashSet<>();
        for (Span s : c.spans().subList(0, Math.min(CONTEXT_MENTIONS, c.spans().size()))) {
            List<CoreLabel> tokens = view.sentences().get(s.sentence());
            out.add("prev=" + (s.begin() == 0 ? "^" : EntityFeatures.lemma(tokens.get(s.begin() - 1))));
            for (int i = s.begin() - 1; i >= Math.max(0, s.begin() - VERB_WINDOW); i--) {
                String tag = tokens.get(i).tag();
                if (tag != null && tag.startsWith("VB")) {
                    out.add("verb=" + EntityFeatures.lemma(tokens.get(i)));
                    break;
                }
            }
        }
        return out;
    }

    /** Returns where the candidate is first named: in the title, or in the abstract's first, middle or last third. */
    static String place(PaperView view, Candidate c) {
        int sentence = c.first().sentence();
        if (view.inTitle(sentence)) {
            return "title";
        }
        int third = 3 * (sentence - view.titleSentences()) / Math.max(1, view.abstractSentences());
        return third == 0 ? "first" : third == 1 ? "middle" : "last";
    }

    private static int sharedSentences(Candidate a, Candidate b) {
        return (int) a.spans().stream().mapToInt(Span::sentence).distinct()
                .filter(s -> b.spans().stream().anyMatch(x -> x.sentence() == s)).count();
    }

    private static String head(Candidate c) {
        String[] words = c.key().split(" ");
        return words[words.length - 1];
    }

    private static @Nullable String ruleRelation(PaperView view, Candidate a, Candidate b) {
        PaperConcepts.Concept ra = a.ruleConcept();
        PaperConcepts.Concept rb = b.ruleConcept();
        if (ra == null || rb == null) {
            return null;
        }
        for (RelationMention r : view.ruleRelations()) {
            if (r.subjectKey().equals(ra.key()) && r.objectKey().equals(rb.key())) {
                return r.type().predicate();
            }
            if (r.subjectKey().equals(rb.key()) && r.objectKey().equals(ra.key())) {
                return "inverse-" + r.type().predicate();
            }
        }
        return null;
    }

    private static String bucket(int gap) {
        return gap <= 1 ? String.valueOf(gap) : gap <= 3 ? "2-3" : gap <= 7 ? "4-7" : gap <= 12 ? "8-12" : "far";
    }
}
