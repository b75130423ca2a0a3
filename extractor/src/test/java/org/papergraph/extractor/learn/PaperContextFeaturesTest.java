package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

class PaperContextFeaturesTest {

    private final PaperView view = view("We/PRP study/VBP sparse/JJ attention/NN kernels/NNS for/IN image/NN classification/NN ./.");
    private final List<Candidate> candidates = view.candidates();

    /** The first pass's verdicts: two candidates look likely, two doubtful, the rest not at all. */
    private final Map<String, PaperContextFeatures.FirstPass> verdicts = Map.of(
            "sparse attention kernel", new PaperContextFeatures.FirstPass(0.9, "Method"),
            "attention kernel", new PaperContextFeatures.FirstPass(0.3, "Method"),
            "classification", new PaperContextFeatures.FirstPass(0.2, "Task"),
            "image classification", new PaperContextFeatures.FirstPass(0.7, "Task"));

    private static PaperView view(String tagged) {
        List<CoreLabel> tokens = Tokens.of(tagged);
        String text = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        PaperConcepts rules = PaperConcepts.group(List.of(List.of()));
        return new PaperView(text, List.of(tokens), 0, rules, List.of(), List.of(), CandidateFinder.find(text, List.of(tokens), rules),
                PhraseFrequencies.NO_DAY);
    }

    private List<PaperContextFeatures.FirstPass> firstPass() {
        return candidates.stream()
                .map(c -> verdicts.getOrDefault(c.key(), new PaperContextFeatures.FirstPass(0.01, "Method")))
                .toList();
    }

    private List<String> featuresOf(String key) {
        List<List<String>> all = PaperContextFeatures.of(candidates, firstPass());
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).key().equals(key)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no candidate " + key + " in " + candidates);
    }

    @Test
    void of_ranksEachCandidateInThePaperAndAmongItsKind() {
        assertThat(featuresOf("sparse attention kernel")).contains("p1=7", "rank=0", "typeRank=Method|0", "relMax=7");
        assertThat(featuresOf("image classification")).contains("p1=5", "rank=1", "typeRank=Task|0", "typeLikely=Task|0");
        assertThat(featuresOf("attention kernel")).contains("p1=3", "rank=2", "typeRank=Method|1", "typeLikely=Method|1");
        assertThat(featuresOf("image classification")).contains("likely=0-3");
    }

    @Test
    void of_saysWhenALikelierCandidateOverlapsOne() {
        assertThat(featuresOf("attention kernel")).contains("overlap=inside|stronger");
        assertThat(featuresOf("sparse attention kernel")).contains("overlap=around|weaker");
        assertThat(featuresOf("image classification")).contains("overlap=around|weaker", "withTop|p1=5");
        assertThat(featuresOf("sparse attention kernel")).doesNotContainAnyElementsOf(List.of("withTop|p1=7"));
    }

    @Test
    void withContext_appendsTheContextToEachCandidatesOwnFeatures() {
        List<List<String>> own = new ArrayList<>();
        candidates.forEach(c -> own.add(List.of("key=" + c.key())));
        List<List<String>> both = PaperContextFeatures.withContext(candidates, own, firstPass());
        assertThat(both).hasSize(candidates.size());
        for (int i = 0; i < both.size(); i++) {
            assertThat(both.get(i).get(0)).isEqualTo("key=" + candidates.get(i).key());
            assertThat(both.get(i)).anyMatch(f -> f.startsWith("rank=")).anyMatch(f -> f.startsWith("overlap="));
        }
    }

    @Test
    void firstPass_readsTheLikeliestKindAndTheProbabilityOfAnyKind() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new Example(List.of("dataset-like"), "Dataset"));
            examples.add(new Example(List.of("generic"), ModelTrainer.NONE));
            examples.add(new Example(List.of("task-like"), "Task"));
        }
        LinearModel model = LinearModel.train(examples, 1, 1);
        List<PaperContextFeatures.FirstPass> verdicts = PaperContextFeatures.firstPass(model,
                List.of(List.of("dataset-like"), List.of("generic")));
        assertThat(verdicts.get(0).type()).isEqualTo("Dataset");
        assertThat(verdicts.get(0).keep()).isGreaterThan(0.5);
        assertThat(verdicts.get(1).keep()).isLessThan(0.5);
    }
}
