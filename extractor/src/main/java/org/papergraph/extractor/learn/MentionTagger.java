package org.papergraph.extractor.learn;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.papergraph.extractor.eval.AnnotatedPaper;

/**
 * A sequence labeller for entity mentions: CoreNLP's linear-chain {@link CRFClassifier} over the
 * pipeline's tokens, one IO label per kind (Method, Architecture, Task, Dataset, Metric, or
 * {@code O}), with word, n-gram, shape and context features and the distributional word classes.
 *
 * <p>It is trained on mention spans aligned from the gold annotations: every occurrence of a
 * candidate whose forms match a gold entity is labelled with that entity's kind, longer spans
 * first. What the candidate model takes from it are the per-token label probabilities (the CRF's
 * marginals), not its hard decisions: see {@link Marginals}.
 */
public final class MentionTagger {

    /** The label of a token outside any mention. */
    static final String OUTSIDE = "O";

    private static final String WORD_CLASSES = "models/word-classes.tsv";

    private final CRFClassifier<CoreLabel> crf;

    private MentionTagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** The CRF's settings: the feature set of CoreNLP's English NER models, with the word classes as distributional similarity. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("map", "word=0,answer=1");
        p.setProperty("background", OUTSIDE);
        for (String flag : List.of("useClassFeature", "useWord", "useNGrams", "noMidNGrams", "usePrev", "useNext", "useSequences",
                "usePrevSequences", "useTypeSeqs", "useTypeSeqs2", "useTypeySequences", "useDisjunctive", "useDistSim")) {
            p.setProperty(flag, "true");
        }
        p.setProperty("maxNGramLeng", "6");
        p.setProperty("maxLeft", "1");
        p.setProperty("wordShape", "chris2useLC");
        p.setProperty("distSimLexicon", wordClassFile().toString());
        p.setProperty("unknownWordDistSimClass", "none");
        p.setProperty("maxQNItr", "60");
        p.setProperty("featureDiffThresh", "0.05");
        return p;
    }

    private static @org.jspecify.annotations.Nullable Path wordClassFile;

    /**
     * Returns a file holding the shipped word classes: CoreNLP reads its distributional lexicon from
     * a file only, and keeps what it read inside the trained classifier, so the file is needed
     * while training and never after.
     */
    private static synchronized Path wordClassFile() {
        if (wordClassFile == null) {
            try (InputStream in = MentionTagger.class.getClassLoader().getResourceAsStream(WORD_CLASSES)) {
                if (in == null) {
                    throw new IllegalStateException("the classpath has no " + WORD_CLASSES);
                }
                Path file = Files.createTempFile("papergraph-word-classes", ".tsv");
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                wordClassFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + WORD_CLASSES + " for the mention tagger", e);
            }
        }
        return wordClassFile;
    }

    /**
     * Trains a tagger on the papers' aligned mentions. Deterministic: one thread, fixed order.
     */
    static MentionTagger train(List<ModelTrainer.TrainingPaper> papers) {
        List<List<CoreLabel>> documents = new ArrayList<>();
        for (ModelTrainer.TrainingPaper p : papers) {
            String[][] labels = align(p.view(), p.gold());
            for (int s = 0; s < labels.length; s++) {
                documents.add(tokens(p.view().sentences().get(s), labels[s]));
            }
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(properties());
        crf.train(documents, crf.makeReaderAndWriter());
        return new MentionTagger(crf);
    }

    /** Returns each token's label: the kind of the longest gold-matched candidate span covering it, else {@link #OUTSIDE}. */
    static String[][] align(PaperView view, GoldPaper gold) {
        String[][] labels = new String[view.sentences().size()][];
        for (int s = 0; s < labels.length; s++) {
            labels[s] = new String[view.sentences().get(s).size()];
            java.util.Arrays.fill(labels[s], OUTSIDE);
        }
        List<Span> spans = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Candidate c : view.candidates()) {
            AnnotatedPaper.Ent e = gold.entityOf(c);
            if (e != null) {
                for (Span span : c.spans()) {
                    spans.add(span);
                    kinds.add(e.type());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -spans.get(i).length()).thenComparingInt(i -> spans.get(i).sentence())
                .thenComparingInt(i -> spans.get(i).begin()));
        for (int i : order) {
            Span span = spans.get(i);
            String[] row = labels[span.sentence()];
            boolean free = true;
            for (int t = span.begin(); t < span.end(); t++) {
                free &= row[t].equals(OUTSIDE);
            }
            if (free) {
                java.util.Arrays.fill(row, span.begin(), span.end(), kinds.get(i));
            }
        }
        return labels;
    }

    private static List<CoreLabel> tokens(List<CoreLabel> sentence, String[] labels) {
        List<CoreLabel> out = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel token = new CoreLabel();
            token.setWord(sentence.get(i).word());
            token.setValue(sentence.get(i).word());
            token.set(CoreAnnotations.AnswerAnnotation.class, labels == null ? OUTSIDE : labels[i]);
            token.set(CoreAnnotations.GoldAnswerAnnotation.class, labels == null ? OUTSIDE : labels[i]);
            out.add(token);
        }
        return out;
    }

    /** Returns the label probabilities of every token of the paper. */
    Marginals tag(PaperView view) {
        List<String> labels = labels();
        int[] index = labels.stream().mapToInt(crf.classIndex::indexOf).toArray();
        double[][][] p = new double[view.sentences().size()][][];
        for (int s = 0; s < p.length; s++) {
            List<CoreLabel> tokens = tokens(view.sentences().get(s), null);
            p[s] = new double[tokens.size()][labels.size()];
            if (tokens.isEmpty()) {
                continue;
            }
            CRFCliqueTree<String> tree = crf.getCliqueTree(tokens);
            for (int t = 0; t < tokens.size(); t++) {
                for (int k = 0; k < labels.size(); k++) {
                    p[s][t][k] = tree.prob(t, index[k]);
                }
            }
        }
        return new Marginals(labels, p);
    }

    /** Returns the tagger's labels, {@link #OUTSIDE} first, then the kinds in sorted order. */
    List<String> labels() {
        List<String> kinds = new ArrayList<>();
        for (String label : crf.classIndex.objectsList()) {
            if (!label.equals(OUTSIDE) && !label.equals(crf.flags.backgroundSymbol)) {
                kinds.add(label);
            }
        }
        kinds.sort(null);
        kinds.add(0, OUTSIDE);
        return kinds.stream().distinct().toList();
    }

    /** Returns the serialised classifier. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            crf.serializeClassifier(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a classifier written by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException if the bytes are not a tagger
     */
    static MentionTagger fromBytes(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
            crf.loadClassifier(in, null);
            return new MentionTagger(crf);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a mention tagger: " + e.getMessage(), e);
        }
    }

    /**
     * The tagger's label probabilities over one paper.
     *
     * @param labels the labels, {@link #OUTSIDE} first
     * @param p per sentence, per token, each label's probability
     */
    record Marginals(List<String> labels, double[][][] p) {

        /** Returns the probability that the token is inside some mention. */
        double inside(int sentence, int token) {
            return 1 - p[sentence][token][0];
        }

        /** Returns the mean, over the span's tokens, of the probability of being inside a mention. */
        double inside(Span span) {
            double sum = 0;
            for (int t = span.begin(); t < span.end(); t++) {
                sum += inside(span.sentence(), t);
            }
            return sum / span.length();
        }

        /** Returns the kind with the highest mean probability over the span. */
        String kind(Span span) {
            int best = 1;
            double bestSum = -1;
            for (int k = 1; k < labels.size(); k++) {
                double sum = 0;
                for (int t = span.begin(); t < span.end(); t++) {
                    sum += p[span.sentence()][t][k];
                }
                if (sum > bestSum) {
                    best = k;
                    bestSum = sum;
                }
            }
            return labels.get(best);
        }

        /** Returns the probability that the tokens just outside the span are outside any mention (1 at a sentence edge). */
        double bounded(Span span) {
            double left = span.begin() > 0 ? 1 - inside(span.sentence(), span.begin() - 1) : 1;
            double right = span.end() < p[span.sentence()].length ? 1 - inside(span.sentence(), span.end()) : 1;
            return Math.min(left, right);
        }
    }
}
