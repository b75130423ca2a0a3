package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.annotate.QuantityFinder;
import org.papergraph.extractor.eval.AnnotatedPaper;
import org.papergraph.extractor.eval.Evaluator;
import org.papergraph.extractor.eval.Normalizer;
import org.papergraph.extractor.read.TextNormalizer;
import org.papergraph.extractor.wordclass.CorpusStatistics;

/**
 * Trains the extractor's models from gold papers: the form lexicon first, then the entity,
 * proposed, relation and claim classifiers, each from examples built the way
 * {@link PaperDecoder} will see them. Deterministic: the same papers in the same order give the
 * same models.
 */
public final class ModelTrainer {

    /**
     * The models' regularisation (LIBLINEAR's C: larger fits the training papers more closely)
     * and the feature cut-off (features seen in fewer training examples are dropped).
     *
     * @param entity C of the entity and proposed models
     * @param pair C of the relation model
     * @param claim C of the claim sentence models
     * @param value C of the value model
     * @param minCount the cut-off
     * @param tagger whether to train a mention tagger whose label probabilities become entity features
     * @param paperContext whether the entity model decides in two passes, the second reading how the
     *     first rated the paper's other candidates ({@link PaperContextFeatures})
     * @param goldStyle the value of the copy each feature of a gold-style paper's example gets in the
     *     paper-level models (which entities a paper proposes, which sentences claim), so that they learn
     *     where those papers' annotators decide differently from the others' (0: no copies; see
     *     {@link LinearModel#train(List, double, int, double)}). The entity, relation and value models
     *     never get them: with copies there, typed entities fell by 0.009 in cross-validation, and
     *     by 0.003 with the entity copies alone and the entity threshold lowered to 0.45 to take
     *     back the recall they cost (see the models README, "Tried and not kept").
     */
    public record Settings(double entity, double pair, double claim, double value, int minCount, boolean tagger,
            boolean paperContext, double goldStyle) {

        /**
         * The settings {@code train} uses, chosen by cross-validation on the training papers. The
         * mention tagger is off: it adds 0.003 to 0.007 F1 to the entity figures in
         * cross-validation, but 45 MB to the models and six times the training time. The second,
         * paper-level entity pass is on: it adds 0.005 to named methods and architectures, 0.008
         * typed and 0.012 to relations, for 4 MB and half again the training time. The claim
         * sentence models fit closer than the value model (C 0.8 against 0.3): with the sentences'
         * word classes, verbs and neighbours among their features, 0.6 to 1.0 gave 0.876 to 0.878
         * claim-sentence F1 in one pass, against 0.874 at 0.3, where the value model is best. The
         * gold-style copies (0.3) take proposed from 0.702 to 0.709 and claim sentences from 0.886 to
         * 0.891 in 5-fold cross-validation, and leave the entity figures as they were.
         */
        public static final Settings DEFAULT = new Settings(0.5, 0.5, 0.8, 0.3, 2, false, true, 0.3);

        /** Returns these settings with or without the mention tagger. */
        public Settings withTagger(boolean on) {
            return new Settings(entity, pair, claim, value, minCount, on, paperContext, goldStyle);
        }

        /** Returns these settings with or without the second, paper-level entity pass. */
        public Settings withPaperContext(boolean on) {
            return new Settings(entity, pair, claim, value, minCount, tagger, on, goldStyle);
        }

        /**
         * Returns these settings with the given value for the gold-style copies (0: none).
         *
         * @throws IllegalArgumentException if the value is negative or not a number
         */
        public Settings withGoldStyle(double copies) {
            if (!(copies >= 0)) {
                throw new IllegalArgumentException("the gold-style copies' value must be 0 or more, got " + copies);
            }
            return new Settings(entity, pair, claim, value, minCount, tagger, paperContext, copies);
        }
    }

    /** The label of a candidate, pair or sentence that is not kept. */
    static final String NONE = "NONE";

    /**
     * A paper to train on: what the pipeline made of it and its gold annotation.
     *
     * @param view the annotated paper
     * @param gold its gold annotation
     * @param goldStyle whether it is annotated in the style of the papers the models are scored
     *     against (the gold file's), not the project's own annotations'
     */
    public record TrainingPaper(PaperView view, GoldPaper gold, boolean goldStyle) {}

    private static List<Example> marked(List<Example> examples, boolean goldStyle) {
        return goldStyle ? examples.stream().map(e -> e.target(true)).toList() : examples;
    }

    /** Every this many training papers, one is learned as if undated (see {@link EntityFeatures}'s earlier-use features). */
    private static final int UNDATED_EVERY = 3;

    private final EntityFeatures entityFeatures;
    private final SentenceFeatures sentenceFeatures;
    private final Settings settings;

    /** Creates a trainer with the default settings whose features use the given corpus statistics. */
    public ModelTrainer(CorpusStatistics statistics) {
        this(statistics, Settings.DEFAULT);
    }

    /** Creates a trainer with the given settings whose features use the given corpus statistics. */
    public ModelTrainer(CorpusStatistics statistics, Settings settings) {
        this.entityFeatures = new EntityFeatures(statistics);
        this.sentenceFeatures = new SentenceFeatures(statistics.wordClass());
        this.settings = settings;
    }

    /** Trains every model on the papers, with the given decision thresholds. */
    public ExtractionModels train(List<TrainingPaper> papers, ExtractionModels.Thresholds thresholds) {
        FormLexicon lexicon = FormLexicon.build(papers);
        Tagging tagging = settings.tagger() ? Tagging.train(papers) : Tagging.NONE;
        List<List<List<String>>> features = new ArrayList<>();
        List<List<AnnotatedPaper.@Nullable Ent>> golds = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        List<Example> pairs = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            TrainingPaper p = papers.get(i);
            // a third of the papers are learned without their date, so that the models also decide well for undated papers
            PaperView view = i % UNDATED_EVERY == UNDATED_EVERY - 1 ? p.view().undated() : p.view();
            features.add(entityFeatures.of(view, lexicon, p.gold(), tagging.heldOut(i, p.view())));
            List<AnnotatedPaper.@Nullable Ent> gold = p.view().candidates().stream().map(c -> p.gold().entityOf(c)).toList();
            golds.add(gold);
            labels.add(gold.stream().map(e -> e == null ? NONE : e.type()).toList());
            pairs.addAll(pairExamples(p, matched(p.view().candidates(), gold)));
        }
        List<List<Example>> sentences = new ArrayList<>();
        List<Example> values = new ArrayList<>();
        for (TrainingPaper p : papers) {
            List<AnnotatedPaper.@Nullable Clm> claims = goldClaims(p);
            sentences.add(marked(sentenceExamples(p, claims), p.goldStyle()));
            values.addAll(valueExamples(p, claims));
        }
        int min = settings.minCount();
        // the gold-style copies go only to the paper-level decisions (proposed, claim sentences)
        double copies = settings.goldStyle();
        List<Callable<LinearModel>> firstPasses = new ArrayList<>(List.of(
                () -> LinearModel.train(papersOf(sentences, i -> true), settings.claim(), min, copies),
                () -> LinearModel.train(papersOf(sentences, i -> i % 2 == 0), settings.claim(), min, copies),
                () -> LinearModel.train(papersOf(sentences, i -> i % 2 == 1), settings.claim(), min, copies)));
        if (settings.paperContext()) {
            firstPasses.addAll(List.of(
                    () -> LinearModel.train(entityExamples(features, labels, i -> true), settings.entity(), min),
                    () -> LinearModel.train(entityExamples(features, labels, i -> i % 2 == 0), settings.entity(), min),
                    () -> LinearModel.train(entityExamples(features, labels, i -> i % 2 == 1), settings.entity(), min)));
        }
        List<LinearModel> passes = inParallel(firstPasses);
        LinearModel claimFirstPass = passes.get(0);
        for (int i = 0; i < papers.size(); i++) {
            LinearModel heldOut = passes.get(i % 2 == 0 ? 2 : 1);
            sentences.set(i, withClaimContext(papers.get(i).view(), sentences.get(i), heldOut));
        }
        LinearModel firstPass = null;
        if (settings.paperContext()) {
            firstPass = passes.get(3);
            for (int i = 0; i < papers.size(); i++) {
                LinearModel heldOut = passes.get(i % 2 == 0 ? 5 : 4);
                features.set(i, PaperContextFeatures.withContext(papers.get(i).view().candidates(), features.get(i),
                        PaperContextFeatures.firstPass(heldOut, features.get(i))));
            }
        }
        List<Example> proposed = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            for (int c = 0; c < golds.get(i).size(); c++) {
                AnnotatedPaper.Ent gold = golds.get(i).get(c);
                if (gold != null) {
                    proposed.add(new Example(ProposalFeatures.of(features.get(i).get(c), gold.type()), String.valueOf(gold.proposed()),
                            papers.get(i).goldStyle()));
                }
            }
        }
        List<LinearModel> models = inParallel(List.of(
                () -> LinearModel.train(entityExamples(features, labels, i -> true), settings.entity(), min),
                () -> LinearModel.train(proposed, settings.entity(), min, copies),
                () -> LinearModel.train(pairs, settings.pair(), min),
                () -> LinearModel.train(papersOf(sentences, i -> true), settings.claim(), min, copies),
                () -> LinearModel.train(values, settings.value(), 1)));
        return new ExtractionModels(models.get(0), firstPass, models.get(1), models.get(2), models.get(3), claimFirstPass,
                models.get(4), lexicon, tagging.full(), thresholds);
    }

    /** The examples of the papers the filter takes, by index. */
    private static List<Example> papersOf(List<List<Example>> byPaper, IntPredicate paper) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < byPaper.size(); i++) {
            if (paper.test(i)) {
                out.addAll(byPaper.get(i));
            }
        }
        return out;
    }

    /**
     * A paper's claim sentence examples for the second pass: each with how the given first-pass
     * model, which did not see the paper, rated it and its neighbours.
     *
     * @param own the paper's first-pass examples, one per abstract sentence in order
     */
    private static List<Example> withClaimContext(PaperView view, List<Example> own, LinearModel firstPass) {
        List<List<String>> features = SentenceFeatures.withContext(view, own.stream().map(Example::features).toList(), firstPass);
        List<Example> out = new ArrayList<>(own.size());
        for (int k = 0; k < own.size(); k++) {
            out.add(new Example(features.get(k), own.get(k).label(), own.get(k).target()));
        }
        return out;
    }

    /**
     * The candidate that stands for each gold entity of the paper: of those that match it, the one
     * named most often.
     *
     * @param gold the gold entity each candidate matches, or null, in the same order
     */
    private static Map<AnnotatedPaper.Ent, Candidate> matched(List<Candidate> candidates, List<AnnotatedPaper.@Nullable Ent> gold) {
        Map<AnnotatedPaper.Ent, Candidate> matched = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (gold.get(i) != null) {
                Candidate known = matched.get(gold.get(i));
                if (known == null || c.spans().size() > known.spans().size()) {
                    matched.put(gold.get(i), c);
                }
            }
        }
        return matched;
    }

    /**
     * Trains models side by side, one a core, and returns them in the order given. Each training is
     * deterministic alone, so the order they finish in does not matter.
     */
    private static <T> List<T> inParallel(List<Callable<T>> trainings) {
        var pool = Executors.newFixedThreadPool(
                Math.min(trainings.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<T> out = new ArrayList<>();
            for (var future : pool.invokeAll(trainings)) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The entity examples of the papers the filter takes, by index. */
    private static List<Example> entityExamples(List<List<List<String>>> features, List<List<String>> labels,
            IntPredicate paper) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if (paper.test(i)) {
                for (int c = 0; c < features.get(i).size(); c++) {
                    out.add(new Example(features.get(i).get(c), labels.get(i).get(c)));
                }
            }
        }
        return out;
    }

    /**
     * The mention taggers of one training run. The entity model must learn from label
     * probabilities like those it will see on new papers, so each training paper is tagged by a
     * tagger that did not see it: the papers are split in two by position, a tagger trained on each
     * half tags the other, and a third tagger trained on all of them ships with the models. The
     * three train in parallel; each alone is deterministic.
     */
    private record Tagging(@Nullable MentionTagger even, @Nullable MentionTagger odd, @Nullable MentionTagger full) {

        static final Tagging NONE = new Tagging(null, null, null);

        static Tagging train(List<TrainingPaper> papers) {
            List<TrainingPaper> even = new ArrayList<>();
            List<TrainingPaper> odd = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                (i % 2 == 0 ? even : odd).add(papers.get(i));
            }
            List<MentionTagger> taggers = inParallel(List.of(() -> MentionTagger.train(even), () -> MentionTagger.train(odd),
                    () -> MentionTagger.train(papers)));
            return new Tagging(taggers.get(0), taggers.get(1), taggers.get(2));
        }

        /** The label probabilities of training paper {@code i} from the tagger of the other half, or null without taggers. */
        MentionTagger.@Nullable Marginals heldOut(int i, PaperView view) {
            MentionTagger tagger = i % 2 == 0 ? odd : even;
            return tagger == null ? null : tagger.tag(view);
        }
    }

    private static List<Example> pairExamples(TrainingPaper p, Map<AnnotatedPaper.Ent, Candidate> matched) {
        AnnotatedPaper.Ent main = matched.keySet().stream().filter(AnnotatedPaper.Ent::proposed)
                .min(java.util.Comparator.comparingInt(e -> order(matched.get(e)))).orElse(null);
        List<PairFeatures.Node> nodes = new ArrayList<>();
        Map<PairFeatures.Node, AnnotatedPaper.Ent> gold = new LinkedHashMap<>();
        for (Map.Entry<AnnotatedPaper.Ent, Candidate> e : matched.entrySet()) {
            PairFeatures.Node node = new PairFeatures.Node(e.getValue(), e.getKey().type(), e.getKey().proposed(), e.getKey() == main);
            nodes.add(node);
            gold.put(node, e.getKey());
        }
        List<Example> out = new ArrayList<>();
        for (PairFeatures.Node a : nodes) {
            for (PairFeatures.Node b : nodes) {
                if (a != b) {
                    out.add(new Example(PairFeatures.of(p.view(), a, b), relationLabel(p.gold(), gold.get(a), gold.get(b))));
                }
            }
        }
        return out;
    }

    private static int order(Candidate c) {
        return c.first().sentence() * 1000 + c.first().begin();
    }

    private static String relationLabel(GoldPaper paper, AnnotatedPaper.Ent a, AnnotatedPaper.Ent b) {
        for (AnnotatedPaper.Rel r : paper.relations()) {
            if (paper.entityNamed(r.subject()) == a && paper.entityNamed(r.object()) == b) {
                return r.predicate();
            }
        }
        return NONE;
    }

    private List<Example> sentenceExamples(TrainingPaper p, List<AnnotatedPaper.@Nullable Clm> claims) {
        List<Example> out = new ArrayList<>();
        for (int s = p.view().titleSentences(); s < p.view().sentences().size(); s++) {
            AnnotatedPaper.Clm claim = claims.get(s);
            String label = claim == null ? NONE : claim.quantitative() ? "quantitative" : "qualitative";
            out.add(new Example(sentenceFeatures.of(p.view(), s), label));
        }
        return out;
    }

    private static List<Example> valueExamples(TrainingPaper p, List<AnnotatedPaper.@Nullable Clm> claims) {
        List<Example> out = new ArrayList<>();
        for (int s = p.view().titleSentences(); s < p.view().sentences().size(); s++) {
            AnnotatedPaper.Clm claim = claims.get(s);
            String expected = claim == null || !claim.quantitative() ? null : Normalizer.firstNumber(claim.value());
            if (expected == null) {
                continue;
            }
            var tokens = p.view().sentences().get(s);
            List<ValueCandidates.Value> all = ValueCandidates.of(tokens);
            var rulePick = QuantityFinder.find(tokens);
            for (ValueCandidates.Value v : all) {
                boolean right = v.quantity().number().abs().stripTrailingZeros().toPlainString().equals(expected);
                out.add(new Example(ValueCandidates.features(tokens, all, v, rulePick), String.valueOf(right)));
            }
        }
        return out;
    }

    /**
     * The gold claim each sentence of the paper states, by sentence index (null where none). The
     * annotators copied sentences as the corpus writes them, LaTeX and all, and the pipeline reads
     * them normalised: each gold sentence is normalised the same way before it is compared, or every
     * claim with a {@code \%} or {@code \textbf} in it would be learned as no claim.
     */
    static List<AnnotatedPaper.@Nullable Clm> goldClaims(TrainingPaper p) {
        List<String> goldSentences = p.gold().claims().stream()
                .map(claim -> TextNormalizer.normalize(claim.sentence()).text()).toList();
        List<AnnotatedPaper.@Nullable Clm> out = new ArrayList<>();
        for (int s = 0; s < p.view().sentences().size(); s++) {
            AnnotatedPaper.Clm found = null;
            if (!p.view().inTitle(s)) {
                String text = sentenceText(p.view(), s);
                for (int c = 0; c < goldSentences.size() && found == null; c++) {
                    if (Evaluator.sameSentence(goldSentences.get(c), text)) {
                        found = p.gold().claims().get(c);
                    }
                }
            }
            out.add(found);
        }
        return out;
    }

    /** Returns a sentence's text as the pipeline reads it (LaTeX normalised, see {@code TextNormalizer}). */
    static String sentenceText(PaperView view, int s) {
        var tokens = view.sentences().get(s);
        return view.text().substring(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }
}
