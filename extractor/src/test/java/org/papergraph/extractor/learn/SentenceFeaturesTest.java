package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

class SentenceFeaturesTest {

    /** A title and three abstract sentences; the words' lemmas are the words. */
    private final PaperView view = view(
            "Sparse/JJ Kernels/NNS",
            "We/PRP propose/VBP sparse/JJ kernels/NNS ./.",
            "Experiments/NNS show/VBP that/IN they/PRP outperformed/VBD dense/JJ ones/NNS ./.",
            "They/PRP can/MD run/VB faster/RBR ./.");

    private final SentenceFeatures features = new SentenceFeatures(Map.of("outperformed", "c17", "faster", "c3")::get);

    private static PaperView view(String... taggedSentences) {
        List<List<CoreLabel>> sentences = new java.util.ArrayList<>();
        int offset = 0;
        StringBuilder text = new StringBuilder();
        for (String tagged : taggedSentences) {
            List<CoreLabel> tokens = Tokens.of(tagged);
            for (CoreLabel t : tokens) {
                t.setBeginPosition(t.beginPosition() + offset);
                t.setEndPosition(t.endPosition() + offset);
            }
            String sentence = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
            text.append(sentence).append(' ');
            offset += sentence.length() + 1;
            sentences.add(tokens);
        }
        PaperConcepts rules = PaperConcepts.group(sentences.stream().map(s -> List.<org.papergraph.extractor.annotate.ConceptMention>of()).toList());
        return new PaperView(text.toString(), sentences, 1, rules, List.of(), List.of(),
                CandidateFinder.find(text.toString(), sentences, rules), PhraseFrequencies.NO_DAY);
    }

    @Test
    void of_readsTheVerbsTheirTensesAndWordClasses() {
        List<String> f = features.of(view, 2);
        assertThat(f).contains("verb=outperformed|VBD", "tag=VBD", "tag=VBP", "wc=c17").doesNotContain("wc=c3", "tag=MD");
        assertThat(features.of(view, 3)).contains("tag=MD", "verb=run|VB", "wc=c3");
    }

    @Test
    void of_readsHowTheNeighboursBegin_andNeverTheTitle() {
        assertThat(features.of(view, 2)).contains("prevFirst=we_", "prevFirst2=we_propose_", "nextFirst=they_");
        assertThat(features.of(view, 1)).as("the sentence before the first abstract sentence is the title")
                .contains("prevFirst=<none>", "prevFirst2=<none>", "nextFirst=experiments_");
        assertThat(features.of(view, 3)).contains("nextFirst=<none>");
    }

    @Test
    void withContext_binsTheFirstPassOfTheSentenceAndItsNeighbours() {
        double[] firstPass = {0, 0.05, 0.95, 0.6};
        List<String> own = List.of("w=own");
        assertThat(SentenceFeatures.withContext(own, 1, firstPass, 1))
                .startsWith("w=own")
                .contains("prevP=none", "selfP=0", "nextP=5", "selfP|prevP=0|none", "laterClaims=2");
        assertThat(SentenceFeatures.withContext(own, 2, firstPass, 1))
                .contains("prevP=0", "selfP=5", "nextP=3", "selfP|prevP=5|0", "laterClaims=1");
        assertThat(SentenceFeatures.withContext(own, 3, firstPass, 1)).contains("nextP=none", "laterClaims=0");
    }
}
