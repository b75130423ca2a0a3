package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of a candidate relative to the rest of its paper, read off a first pass of the
 * entity model over all of the paper's candidates: how likely it looked, where that ranks in the
 * paper and among candidates of its kind, how many others look likely, and whether a likelier
 * candidate overlaps it. An annotation lists the concepts that matter to a paper, which is a
 * decision about the paper as a whole; these features let the second pass make it so.
 */
final class PaperContextFeatures {

    /** First-pass probability at which a candidate counts as likely for the density features. */
    private static final double LIKELY = 0.4;

    private PaperContextFeatures() {}

    /**
     * A candidate's first-pass verdict.
     *
     * @param keep the probability that it is some concept
     * @param type the likeliest kind
     */
    record FirstPass(double keep, String type) {}

    /** Returns the first-pass verdicts of a paper's candidates, from their entity features. */
    static List<FirstPass> firstPass(LinearModel model, List<List<String>> features) {
        int none = model.labels().indexOf(ModelTrainer.NONE);
        List<FirstPass> out = new ArrayList<>(features.size());
        for (List<String> f : features) {
            double[] p = model.probabilities(f);
            out.add(new FirstPass(1 - p[none], PaperDecoder.bestType(model, p).label()));
        }
        return out;
    }

    /**
     * Returns the candidates' entity features, each followed by its context features.
     *
     * @param candidates the paper's candidates
     * @param features their entity features, in the same order
     * @param first their first-pass verdicts, in the same order
     */
    static List<List<String>> withContext(List<Candidate> candidates, List<List<String>> features, List<FirstPass> first) {
        List<List<String>> context = of(candidates, first);
        List<List<String>> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            List<String> f = new ArrayList<>(features.get(i));
            f.addAll(context.get(i));
            out.add(f);
        }
        return out;
    }

    /**
     * Returns the context features of every candidate of the paper.
     *
     * @param candidates the paper's candidates
     * @param first their first-pass verdicts, in the same order
     */
    static List<List<String>> of(List<Candidate> candidates, List<FirstPass> first) {
        int n = candidates.size();
        double max = first.stream().mapToDouble(FirstPass::keep).max().orElse(0);
        long likely = first.stream().filter(v -> v.keep() >= LIKELY).count();
        int top = -1;
        for (int i = 0; i < n; i++) {
            if (top < 0 || first.get(i).keep() > first.get(top).keep()) {
                top = i;
            }
        }
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            FirstPass self = first.get(i);
            String p = bin(self.keep());
            int rank = 0;
            int typeRank = 0;
            int typeLikely = 0;
            for (int j = 0; j < n; j++) {
                FirstPass other = first.get(j);
                if (j == i) {
                    continue;
                }
                boolean stronger = other.keep() > self.keep() || other.keep() == self.keep() && j < i;
                rank += stronger ? 1 : 0;
                if (other.type().equals(self.type())) {
                    typeRank += stronger ? 1 : 0;
                    typeLikely += other.keep() >= LIKELY ? 1 : 0;
                }
            }
            List<String> f = new ArrayList<>();
            f.add("p1=" + p);
            f.add("p1Type=" + self.type() + "|" + p);
            f.add("rank=" + rankBucket(rank));
            f.add("rank|p1=" + rankBucket(rank) + "|" + p);
            f.add("relMax=" + bin(max == 0 ? 0 : self.keep() / max));
            f.add("likely=" + densityBucket(likely));
            f.add("likely|p1=" + densityBucket(likely) + "|" + p);
            f.add("typeRank=" + self.type() + "|" + Math.min(typeRank, 3));
            f.add("typeRank|p1=" + self.type() + "|" + Math.min(typeRank, 3) + "|" + p);
            f.add("typeLikely=" + self.type() + "|" + Math.min(typeLikely, 4));
            addOverlaps(candidates, first, i, f);
            if (i != top && sharesSentence(candidates.get(i), candidates.get(top))) {
                f.add("withTop|p1=" + p);
            }
            out.add(f);
        }
        return out;
    }

    /** Whether a likelier candidate overlaps this one's occurrences, and how: inside it, around it, or across. */
    private static void addOverlaps(List<Candidate> candidates, List<FirstPass> first, int i, List<String> f) {
        Candidate self = candidates.get(i);
        double p = first.get(i).keep();
        String strongest = null;
        double strongestP = 0;
        for (int j = 0; j < candidates.size(); j++) {
            if (j == i) {
                continue;
            }
            String how = overlap(self, candidates.get(j));
            if (how == null) {
                continue;
            }
            double q = first.get(j).keep();
            if (q > strongestP) {
                strongestP = q;
                strongest = how;
            }
        }
        if (strongest == null) {
            f.add("overlap=none");
            return;
        }
        String side = strongestP > p ? "stronger" : "weaker";
        f.add("overlap=" + strongest + "|" + side);
        f.add("overlap=" + strongest + "|" + side + "|" + bin(strongestP) + "|" + bin(p));
    }

    /** How a's occurrences overlap b's: "inside" when one of a's lies within one of b's, "around" the reverse, "across" otherwise; null when none do. */
    private static String overlap(Candidate a, Candidate b) {
        String found = null;
        for (Span sa : a.spans()) {
            for (Span sb : b.spans()) {
                if (sa.sentence() != sb.sentence() || sa.end() <= sb.begin() || sb.end() <= sa.begin()) {
                    continue;
                }
                if (sa.strictlyInside(sb)) {
                    return "inside";
                }
                found = sb.strictlyInside(sa) ? "around" : found == null ? "across" : found;
            }
        }
        return found;
    }

    private static boolean sharesSentence(Candidate a, Candidate b) {
        return a.spans().stream().anyMatch(s -> b.spans().stream().anyMatch(o -> o.sentence() == s.sentence()));
    }

    private static String bin(double p) {
        return p < 0.05 ? "0" : p < 0.15 ? "1" : p < 0.3 ? "2" : p < 0.45 ? "3" : p < 0.6 ? "4" : p < 0.75 ? "5" : p < 0.9 ? "6" : "7";
    }

    private static String rankBucket(int rank) {
        return rank <= 2 ? String.valueOf(rank) : rank <= 4 ? "3-4" : rank <= 7 ? "5-7" : rank <= 11 ? "8-11" : "12+";
    }

    private static String densityBucket(long count) {
        return count <= 3 ? "0-3" : count <= 6 ? "4-6" : count <= 10 ? "7-10" : "11+";
    }
}
