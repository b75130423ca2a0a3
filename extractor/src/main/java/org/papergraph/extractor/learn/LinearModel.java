package org.papergraph.extractor.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A logistic-regression classifier over named binary features, trained with LIBLINEAR
 * (L2-regularised logistic regression, one-vs-rest for more than two labels).
 *
 * <p>Weights are kept to 5 significant digits, weights smaller than {@link #SMALLEST_WEIGHT} are
 * dropped, and only features seen at least {@code minCount} times in training are kept, so the
 * written model is small and a model read back predicts exactly as the one that was trained.
 * Immutable and thread-safe.
 */
public final class LinearModel {

    private static final String BIAS = "<bias>";

    /** The prefix of a feature's target-domain copy, whose weight is folded into the feature's own after training. */
    private static final String TARGET = "<target>|";

    /**
     * Weights smaller than this are zero. A feature that moves a log-odds by less than a thousandth
     * changes no decision, and a third of the trained weights were that small: keeping them made the
     * models file half again as large.
     */
    static final double SMALLEST_WEIGHT = 1e-3;

    private final List<String> labels;
    private final Map<String, float[]> weights;

    private LinearModel(List<String> labels, Map<String, float[]> weights) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
    }

    /**
     * Trains a model; the same examples in the same order give the same model.
     *
     * @param examples the training examples, at least one
     * @param c the inverse of the regularisation strength
     * @param minCount features seen in fewer examples are dropped
     * @throws IllegalArgumentException if there are no examples or only one label
     */
    public static LinearModel train(List<Example> examples, double c, int minCount) {
        return train(examples, c, minCount, 0);
    }

    /**
     * Trains a model as {@link #train(List, double, int)} does, learning apart where the target
     * examples ({@link Example#target()}) decide differently from the others: each of their features
     * also gets a copy that only they have ("frustratingly easy" domain adaptation, Daumé 2007), of
     * the given value. A small value regularises the copies' weights harder than the shared ones, so
     * the copies learn only the differences the target examples show clearly. The models decide for
     * the target domain, so after training each copy's weight is folded into its feature's: the model
     * has the same features as without copies, and reads them as before.
     *
     * @param targetCopies the copies' value; 0 trains as if no example were a target one
     * @throws IllegalArgumentException if there are no examples or only one label, or the value is negative
     */
    public static LinearModel train(List<Example> examples, double c, int minCount, double targetCopies) {
        if (!(targetCopies >= 0)) {
            throw new IllegalArgumentException("the target copies' value must be 0 or more, got " + targetCopies);
        }
        boolean copies = targetCopies > 0;
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            new LinkedHashSet<>(e.features()).forEach(f -> counts.merge(f, 1, Integer::sum));
            if (copies && e.target()) {
                new LinkedHashSet<>(e.features()).forEach(f -> counts.merge(TARGET + f, 1, Integer::sum));
                counts.merge(TARGET + BIAS, 1, Integer::sum);
            }
        }
        List<String> names = counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1);
        }
        List<String> labels = examples.stream().map(Example::label).distinct().sorted().toList();
        if (labels.size() < 2) {
            throw new IllegalArgumentException("need two labels to train, saw only " + labels);
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = names.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            List<String> features = e.features();
            if (copies && e.target()) {
                features = new ArrayList<>(features);
                for (String f : e.features()) {
                    features.add(TARGET + f);
                }
                features.add(TARGET + BIAS);
            }
            problem.x[i] = vector(features, index, problem.n, targetCopies);
            problem.y[i] = labels.indexOf(examples.get(i).label());
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.001));
        return fromLiblinear(model, labels, names, targetCopies);
    }

    private static Feature[] vector(Collection<String> features, Map<String, Integer> index, int biasIndex, double targetCopies) {
        int[] ids = features.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .distinct().sorted().toArray();
        Feature[] x = new Feature[ids.length + 1];
        for (int i = 0; i < ids.length; i++) {
            x[i] = new FeatureNode(ids[i], 1);
        }
        if (targetCopies > 0) {
            // only a target example's features hold copies; every other example skips the scan
            Set<Integer> copies = new HashSet<>();
            for (String f : features) {
                if (f.startsWith(TARGET) && index.get(f) != null) {
                    copies.add(index.get(f));
                }
            }
            for (int i = 0; i < ids.length; i++) {
                if (copies.contains(ids[i])) {
                    x[i] = new FeatureNode(ids[i], targetCopies);
                }
            }
        }
        x[ids.length] = new FeatureNode(biasIndex, 1);
        return x;
    }

    private static LinearModel fromLiblinear(Model model, List<String> labels, List<String> names, double targetCopies) {
        int[] modelLabels = model.getLabels();
        int outputs = model.getNrClass() == 2 ? 1 : model.getNrClass();
        List<String> ordered = Arrays.stream(modelLabels).mapToObj(labels::get).toList();
        double[] w = model.getFeatureWeights();
        Map<String, double[]> raw = new HashMap<>();
        for (int f = 0; f <= names.size(); f++) {
            String name = f == names.size() ? BIAS : names.get(f);
            boolean target = name.startsWith(TARGET);
            double[] row = raw.computeIfAbsent(target ? name.substring(TARGET.length()) : name, n -> new double[outputs]);
            for (int k = 0; k < outputs; k++) {
                // a copy of value v adds v times its weight where it fires, and it fires with its feature
                row[k] += w[f * outputs + k] * (target ? targetCopies : 1);
            }
        }
        Map<String, float[]> weights = new TreeMap<>();
        for (Map.Entry<String, double[]> e : raw.entrySet()) {
            float[] row = new float[outputs];
            boolean any = false;
            for (int k = 0; k < outputs; k++) {
                row[k] = round(e.getValue()[k]);
                any |= row[k] != 0;
            }
            if (any) {
                weights.put(e.getKey(), row);
            }
        }
        return new LinearModel(ordered, weights);
    }

    private static float round(double value) {
        return Math.abs(value) < SMALLEST_WEIGHT ? 0f : Float.parseFloat(String.format(Locale.ROOT, "%.5g", value));
    }

    /** Returns the labels, in the order of {@link #probabilities}. */
    public List<String> labels() {
        return labels;
    }

    /** Returns the probability of each label (in the order of {@link #labels()}) for the given features. */
    public double[] probabilities(Collection<String> features) {
        int outputs = labels.size() == 2 ? 1 : labels.size();
        double[] decision = new double[outputs];
        Set<String> seen = new java.util.HashSet<>(features);
        seen.add(BIAS);
        for (String f : seen) {
            float[] row = weights.get(f);
            if (row != null) {
                for (int k = 0; k < outputs; k++) {
                    decision[k] += row[k];
                }
            }
        }
        double[] p = new double[labels.size()];
        if (outputs == 1) {
            p[0] = 1 / (1 + Math.exp(-decision[0]));
            p[1] = 1 - p[0];
            return p;
        }
        double sum = 0;
        for (int k = 0; k < outputs; k++) {
            p[k] = 1 / (1 + Math.exp(-decision[k]));
            sum += p[k];
        }
        for (int k = 0; k < outputs; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Returns the probability of one label. */
    public double probability(Collection<String> features, String label) {
        int k = labels.indexOf(label);
        return k < 0 ? 0 : probabilities(features)[k];
    }

    /** Returns the number of features with a weight. */
    public int size() {
        return weights.size();
    }

    /** Writes the model as text: a labels line, then one line per feature with its weights. */
    public void write(Writer out) throws IOException {
        out.write("labels\t" + String.join("\t", labels) + "\n");
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey().replace('\t', ' ').replace('\n', ' '));
            for (float v : e.getValue()) {
                line.append('\t').append(v);
            }
            out.write(line.append('\n').toString());
        }
        out.write("end\n");
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException if reading fails or the text is not a model
     */
    public static LinearModel read(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null || !header.startsWith("labels\t")) {
            throw new IOException("not a model: expected a labels line, got " + header);
        }
        List<String> labels = List.of(header.substring(7).split("\t"));
        int outputs = labels.size() == 2 ? 1 : labels.size();
        Map<String, float[]> weights = new TreeMap<>();
        for (String[] cols : TableSection.rows(in, outputs + 1, "model")) {
            float[] row = new float[outputs];
            for (int k = 0; k < outputs; k++) {
                row[k] = Float.parseFloat(cols[k + 1]);
            }
            weights.put(cols[0], row);
        }
        return new LinearModel(labels, weights);
    }

    /** Returns the features with the largest weights for a label, for inspection. */
    public List<String> strongest(String label, int n) {
        int k = labels.indexOf(label);
        int outputs = labels.size() == 2 ? 1 : labels.size();
        int column = outputs == 1 ? 0 : k;
        double sign = outputs == 1 && k == 1 ? -1 : 1;
        List<Map.Entry<String, float[]>> entries = new ArrayList<>(weights.entrySet());
        entries.sort((a, b) -> Double.compare(sign * b.getValue()[column], sign * a.getValue()[column]));
        return entries.stream().limit(n).map(e -> e.getKey() + "=" + e.getValue()[column]).toList();
    }
}
