package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    /** Three labels, each marked by its own cue word among shared noise words. */
    private static List<Example> threeLabels() {
        List<Example> examples = new ArrayList<>();
        String[] labels = {"NONE", "Method", "Dataset"};
        for (int i = 0; i < 60; i++) {
            String label = labels[i % 3];
            examples.add(new Example(List.of("cue=" + label, "noise=" + (i % 5), "shared"), label));
        }
        return examples;
    }

    @Test
    void train_separableCues_predictsEachLabel() {
        LinearModel model = LinearModel.train(threeLabels(), 1.0, 2);
        for (String label : List.of("NONE", "Method", "Dataset")) {
            double[] p = model.probabilities(List.of("cue=" + label, "shared"));
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            assertThat(model.labels().get(best)).isEqualTo(label);
            assertThat(p[best]).isGreaterThan(0.5);
        }
    }

    @Test
    void probabilities_sumToOne_andUnknownFeaturesAreIgnored() {
        LinearModel model = LinearModel.train(threeLabels(), 1.0, 2);
        double[] p = model.probabilities(List.of("cue=Method", "never-seen"));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, offset(1e-9));
        assertThat(p).containsExactly(model.probabilities(List.of("cue=Method")), offset(1e-12));
    }

    @Test
    void binaryModel_givesComplementaryProbabilities() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new Example(List.of(i % 2 == 0 ? "yes-cue" : "no-cue"), String.valueOf(i % 2 == 0)));
        }
        LinearModel model = LinearModel.train(examples, 1.0, 1);
        assertThat(model.probability(List.of("yes-cue"), "true")).isGreaterThan(0.8);
        assertThat(model.probability(List.of("yes-cue"), "false")).isLessThan(0.2);
        assertThat(model.probability(List.of("yes-cue"), "no-such-label")).isZero();
    }

    @Test
    void write_thenRead_predictsTheSame_andTrainingIsDeterministic() throws IOException {
        LinearModel model = LinearModel.train(threeLabels(), 1.0, 2);
        String text = written(model);
        LinearModel read = LinearModel.read(new BufferedReader(new StringReader(text)));
        assertThat(read.probabilities(List.of("cue=Dataset", "noise=3"))).containsExactly(
                model.probabilities(List.of("cue=Dataset", "noise=3")));
        assertThat(written(read)).isEqualTo(text);
        assertThat(written(LinearModel.train(threeLabels(), 1.0, 2))).isEqualTo(text);
    }

    @Test
    void train_dropsWeightsTooSmallToMatter() {
        // so strongly regularised that every weight stays near 1e-4: kept before, below the cut now
        LinearModel faint = LinearModel.train(threeLabels(), 1e-5, 2);
        assertThat(written(faint)).doesNotContain("cue=Method").doesNotContain("<bias>");
        assertThat(faint.probabilities(List.of("cue=Method", "shared")))
                .containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, offset(1e-9));
        assertThat(written(LinearModel.train(threeLabels(), 1.0, 2))).contains("cue=Method");
    }

    @Test
    void train_minCount_dropsRareFeatures() {
        List<Example> examples = new ArrayList<>(threeLabels());
        examples.add(new Example(List.of("rare-feature"), "Method"));
        assertThat(written(LinearModel.train(examples, 1.0, 2))).doesNotContain("rare-feature");
        assertThat(written(LinearModel.train(examples, 1.0, 1))).contains("rare-feature");
    }

    @Test
    void train_oneLabelOrNoExamples_isRefused() {
        assertThatThrownBy(() -> LinearModel.train(List.of(new Example(List.of("a"), "x")), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two labels");
        assertThatThrownBy(() -> LinearModel.train(List.of(), 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_notAModel_namesTheProblem() {
        assertThatThrownBy(() -> LinearModel.read(new BufferedReader(new StringReader("hello\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("labels");
        assertThatThrownBy(() -> LinearModel.read(new BufferedReader(new StringReader("labels\ta\tb\nf\t1.0\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("end");
    }

    @Test
    void targetExamples_teachTheirOwnConvention_foldedIntoTheSameFeatures() {
        // many general-domain papers keep what "cue" marks; the fewer target-domain papers do not
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            examples.add(new Example(List.of("cue", "noise=" + (i % 7)), String.valueOf(i % 10 != 0)));
        }
        List<Example> marked = new ArrayList<>(examples);
        for (int i = 0; i < 100; i++) {
            Example e = new Example(List.of("cue", "noise=" + (i % 7)), String.valueOf(i % 10 == 0));
            examples.add(e);
            marked.add(e.target(true));
        }
        LinearModel pooled = LinearModel.train(examples, 1.0, 2);
        LinearModel adapted = LinearModel.train(marked, 1.0, 2, 1.0);
        LinearModel restrained = LinearModel.train(marked, 1.0, 2, 0.3);

        double general = pooled.probability(List.of("cue"), "true");
        assertThat(general).isGreaterThan(0.6);
        assertThat(adapted.probability(List.of("cue"), "true")).isLessThan(0.4);
        // copies of a smaller value are held back harder: between the pooled and the freely adapted model
        assertThat(restrained.probability(List.of("cue"), "true")).isLessThan(general)
                .isGreaterThan(adapted.probability(List.of("cue"), "true"));
        // the target copies are folded into the features they copy: no new names in the model
        assertThat(written(adapted)).doesNotContain("target");
        assertThat(adapted.size()).isEqualTo(pooled.size());
        // without copies the marks change nothing, to the byte
        assertThat(written(LinearModel.train(marked, 1.0, 2, 0))).isEqualTo(written(pooled));
        assertThatThrownBy(() -> LinearModel.train(marked, 1.0, 2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 or more");
    }

    private static String written(LinearModel model) {
        StringWriter out = new StringWriter();
        try {
            model.write(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
