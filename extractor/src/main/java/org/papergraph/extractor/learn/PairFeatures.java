package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.RelationMention;

/**
 * The features of an ordered pair of a paper's concepts, for deciding how the first relates to
 * the second: their kinds, which the paper proposes, whether and how closely they share a
 * sentence and the words between them there, whether one's name holds the other's, and what the
 * cue rules said.
 */
final class PairFeatures {

    private static final int MAX_BETWEEN = 12;

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
                        words.add(tokens.get(i).lemma() == null ? EntityFeatures.lower(tokens.get(i).word())
                                : EntityFeatures.lower(tokens.get(i).lemma()));
                    }
                    best = new Closest(aFirst, words);
                }
            }
        }
        return best;
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
