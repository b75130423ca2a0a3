package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.RelationType;
import org.papergraph.extractor.annotate.ClaimMention;
import org.papergraph.extractor.annotate.ConceptKeys;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.QuantityFinder;
import org.papergraph.extractor.wordclass.CorpusStatistics;

/**
 * Applies trained models to one annotated paper: keeps the candidates the entity model takes for
 * concepts that matter to the paper, types them, marks the proposed ones, relates them pairwise,
 * and picks the claim sentences with their values and slots. Immutable and thread-safe.
 */
public final class PaperDecoder {

    private final ExtractionModels models;
    private final EntityFeatures entityFeatures;
    private final SentenceFeatures sentenceFeatures;

    /** Creates a decoder over the models, with the corpus statistics they were trained with. */
    public PaperDecoder(ExtractionModels models, CorpusStatistics statistics) {
        this.models = models;
        this.entityFeatures = new EntityFeatures(statistics);
        this.sentenceFeatures = new SentenceFeatures(statistics.wordClass());
    }

    /** Decides the paper's entities, relations and claims. */
    public PaperDecision decode(PaperView view) {
        List<Kept> kept = keep(view);
        List<PaperDecision.DecidedEntity> entities = kept.stream().map(k -> k.entity).toList();
        List<PaperDecision.DecidedRelation> relations = relate(view, kept);
        return new PaperDecision(entities, relations, claims(view, kept, relations));
    }

    private record Kept(Candidate candidate, PaperDecision.DecidedEntity entity, PairFeatures.Node node) {}

    private List<Kept> keep(PaperView view) {
        LinearModel model = models.entities();
        List<Candidate> chosen = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        int none = model.labels().indexOf(ModelTrainer.NONE);
        MentionTagger.Marginals marginals = models.tagger() == null ? null : models.tagger().tag(view);
        List<List<String>> all = entityFeatures.of(view, models.lexicon(), null, marginals);
        if (models.firstPass() != null) {
            all = PaperContextFeatures.withContext(view.candidates(), all, PaperContextFeatures.firstPass(models.firstPass(), all));
        }
        for (int i = 0; i < all.size(); i++) {
            double[] p = model.probabilities(all.get(i));
            if (1 - p[none] >= models.thresholds().entity()) {
                chosen.add(view.candidates().get(i));
                probabilities.add(p);
                features.add(all.get(i));
            }
        }
        List<Kept> kept = new ArrayList<>();
        Candidate main = null;
        List<Double> proposedP = new ArrayList<>();
        List<ConceptType> types = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            ConceptType type = bestType(model, probabilities.get(i));
            types.add(type);
            double p = models.proposed().probability(ProposalFeatures.of(features.get(i), type.label()), "true");
            proposedP.add(p);
            if (p >= models.thresholds().proposed() && (main == null || order(chosen.get(i)) < order(main))) {
                main = chosen.get(i);
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            boolean proposed = proposedP.get(i) >= models.thresholds().proposed();
            PaperDecision.DecidedEntity entity = new PaperDecision.DecidedEntity(name(c, types.get(i)), types.get(i), proposed,
                    aliases(c, types.get(i)), c.spans(), 1 - probabilities.get(i)[none]);
            kept.add(new Kept(c, entity, new PairFeatures.Node(c, types.get(i).label(), proposed, c == main)));
        }
        return kept;
    }

    private static int order(Candidate c) {
        return c.first().sentence() * 1000 + c.first().begin();
    }

    static ConceptType bestType(LinearModel model, double[] p) {
        ConceptType best = ConceptType.METHOD;
        double bestP = -1;
        for (int k = 0; k < p.length; k++) {
            String label = model.labels().get(k);
            if (!label.equals(ModelTrainer.NONE) && p[k] > bestP) {
                best = ConceptType.fromLabel(label);
                bestP = p[k];
            }
        }
        return best;
    }

    /** The long form of a defined acronym, else the rules' name, else the first surface made singular. */
    static String name(Candidate c, ConceptType type) {
        if (c.isLongFormOfAcronym()) {
            for (Span s : c.spans()) {
                if (!ConceptKeys.isAcronymShaped(s.surface()) && s.length() > 1) {
                    return PaperConcepts.singularName(s.surface(), type);
                }
            }
        }
        PaperConcepts.Concept rule = c.ruleConcept();
        if (rule != null && c.forms().contains(org.papergraph.extractor.eval.Normalizer.entity(rule.name()))) {
            return rule.name();
        }
        return PaperConcepts.singularName(c.first().surface(), type);
    }

    private static List<String> aliases(Candidate c, ConceptType type) {
        String name = name(c, type);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(name.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        for (String surface : c.surfaces()) {
            String s = PaperConcepts.singularName(surface, type);
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                out.add(s);
            }
        }
        return out;
    }

    private List<PaperDecision.DecidedRelation> relate(PaperView view, List<Kept> kept) {
        List<PaperDecision.DecidedRelation> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                PaperDecision.DecidedRelation forward = strongest(view, kept.get(i), kept.get(j));
                PaperDecision.DecidedRelation backward = strongest(view, kept.get(j), kept.get(i));
                PaperDecision.DecidedRelation best = forward == null ? backward : backward == null ? forward
                        : forward.confidence() >= backward.confidence() ? forward : backward;
                double ends = kept.get(i).entity.confidence() * kept.get(j).entity.confidence();
                if (best != null && best.confidence() * Math.pow(ends, models.thresholds().relationEnds()) >= models.thresholds().relation()) {
                    out.add(best);
                }
            }
        }
        return out;
    }

    /** The likeliest relation from a to b, or null when the model likes none better than no relation at all. */
    private PaperDecision.@Nullable DecidedRelation strongest(PaperView view, Kept a, Kept b) {
        LinearModel model = models.relations();
        double[] p = model.probabilities(PairFeatures.of(view, a.node, b.node));
        int best = -1;
        for (int k = 0; k < p.length; k++) {
            if (!model.labels().get(k).equals(ModelTrainer.NONE) && (best < 0 || p[k] > p[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        Span where = support(a.candidate, b.candidate);
        return new PaperDecision.DecidedRelation(a.entity.name(), RelationType.fromPredicate(model.labels().get(best)),
                b.entity.name(), where.sentence(), where.charBegin(), where.charEnd(), p[best]);
    }

    /** The closest pair of spans in one sentence, as one span; else the object's first span. */
    private static Span support(Candidate a, Candidate b) {
        Span best = null;
        for (Span sa : a.spans()) {
            for (Span sb : b.spans()) {
                if (sa.sentence() == sb.sentence()) {
                    int begin = Math.min(sa.charBegin(), sb.charBegin());
                    int end = Math.max(sa.charEnd(), sb.charEnd());
                    if (best == null || end - begin < best.charEnd() - best.charBegin()) {
                        best = new Span(sa.sentence(), Math.min(sa.begin(), sb.begin()), Math.max(sa.end(), sb.end()), begin, end, "");
                    }
                }
            }
        }
        return best != null ? best : b.first();
    }

    private List<PaperDecision.DecidedClaim> claims(PaperView view, List<Kept> kept, List<PaperDecision.DecidedRelation> relations) {
        LinearModel model = models.claims();
        int none = model.labels().indexOf(ModelTrainer.NONE);
        int quantitative = model.labels().indexOf("quantitative");
        int qualitative = model.labels().indexOf("qualitative");
        String main = kept.stream().filter(k -> k.node.main()).map(k -> k.entity.name()).findFirst().orElse(null);
        List<List<String>> own = new ArrayList<>();
        for (int s = view.titleSentences(); s < view.sentences().size(); s++) {
            own.add(sentenceFeatures.of(view, s));
        }
        List<List<String>> features = SentenceFeatures.withContext(view, own, models.claimFirstPass());
        List<PaperDecision.DecidedClaim> out = new ArrayList<>();
        for (int s = view.titleSentences(); s < view.sentences().size(); s++) {
            double[] p = model.probabilities(features.get(s - view.titleSentences()));
            double claim = 1 - p[none];
            if (claim < models.thresholds().claim()) {
                continue;
            }
            ClaimMention.Quantity quantity = p[quantitative] > p[qualitative] ? value(view.sentences().get(s)) : null;
            int sentence = s;
            String metric = firstOfKind(kept, s, ConceptType.METRIC);
            String dataset = firstOfKind(kept, s, ConceptType.DATASET);
            int cue = comparisonCue(view.sentences().get(s));
            String about = subjectOf(kept, s, cue, main);
            List<String> compared = quantity == null ? List.of()
                    : compared(kept, relations, main, sentence, cue).stream().filter(c -> !c.equals(about)).toList();
            out.add(new PaperDecision.DecidedClaim(s, quantity, about, quantity == null ? null : metric,
                    quantity == null ? null : dataset, compared, claim));
        }
        return out;
    }

    /** Words after which a named method or model in a result sentence is what the result is compared to. */
    private static final Set<String> COMPARISON_CUES = Set.of("than", "over", "outperform", "outperforms", "outperforming",
            "surpass", "surpasses", "surpassing", "beat", "beats", "beating", "versus", "vs", "vs.", "against", "compared",
            "relative", "baseline", "baselines");

    /**
     * What a quantitative claim compares its subject to: the kept methods and models the sentence
     * names after a comparison word ("than", "over", "outperforms", "compared to", …), and those
     * the subject is related to by outperforms or comparedWith that the sentence names.
     */
    private static List<String> compared(List<Kept> kept, List<PaperDecision.DecidedRelation> relations,
            @Nullable String subject, int sentence, int cue) {
        Set<String> out = new LinkedHashSet<>();
        for (Kept k : kept) {
            boolean model = k.entity.type() == ConceptType.METHOD || k.entity.type() == ConceptType.ARCHITECTURE;
            if (model && cue >= 0 && !k.entity.name().equals(subject) && !k.node.main()
                    && k.candidate.spans().stream().anyMatch(s -> s.sentence() == sentence && s.begin() > cue)) {
                out.add(k.entity.name());
            }
        }
        relations.stream()
                .filter(r -> r.subject().equals(subject) && (r.type() == RelationType.OUTPERFORMS || r.type() == RelationType.COMPARED_WITH))
                .map(PaperDecision.DecidedRelation::object)
                .filter(o -> kept.stream().anyMatch(k -> k.entity.name().equals(o) && mentionedIn(k.candidate, sentence)))
                .forEach(out::add);
        return List.copyOf(out);
    }

    /** The sentence's number the value model finds likeliest to be the reported value, or null when it has none. */
    private ClaimMention.@Nullable Quantity value(List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        List<ValueCandidates.Value> all = ValueCandidates.of(tokens);
        ClaimMention.Quantity rulePick = QuantityFinder.find(tokens);
        ValueCandidates.Value best = null;
        double bestP = -1;
        for (ValueCandidates.Value v : all) {
            double p = models.values().probability(ValueCandidates.features(tokens, all, v, rulePick), "true");
            if (p > bestP) {
                best = v;
                bestP = p;
            }
        }
        return best == null ? null : best.quantity();
    }

    /**
     * Whom a claim sentence is about: the first concept of the paper's own that it names, else the
     * first method or model it names before any comparison word ("GPT-4o reaches 88%", but not
     * "… outperforms GPT-4o"), else the paper's main concept ("It outperforms …").
     */
    private static @Nullable String subjectOf(List<Kept> kept, int sentence, int cue, @Nullable String main) {
        String own = firstNamed(kept, sentence, k -> k.entity.proposed());
        if (own != null) {
            return own;
        }
        String named = firstNamed(kept, sentence, k -> (k.entity.type() == ConceptType.METHOD || k.entity.type() == ConceptType.ARCHITECTURE)
                && (cue < 0 || k.candidate.spans().stream().anyMatch(x -> x.sentence() == sentence && x.end() <= cue)));
        return named != null ? named : main;
    }

    /** The index of the sentence's first comparison word, or −1. */
    private static int comparisonCue(List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (COMPARISON_CUES.contains(EntityFeatures.lower(tokens.get(i).word()))) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String firstOfKind(List<Kept> kept, int sentence, ConceptType type) {
        return firstNamed(kept, sentence, k -> k.entity.type() == type);
    }

    private static @Nullable String firstNamed(List<Kept> kept, int sentence, java.util.function.Predicate<Kept> which) {
        return kept.stream().filter(k -> which.test(k) && mentionedIn(k.candidate, sentence))
                .min(Comparator.comparingInt(k -> k.candidate.spans().stream().filter(x -> x.sentence() == sentence)
                        .mapToInt(Span::begin).min().orElse(0)))
                .map(k -> k.entity.name()).orElse(null);
    }

    private static boolean mentionedIn(Candidate c, int sentence) {
        return c.spans().stream().anyMatch(s -> s.sentence() == sentence);
    }
}
