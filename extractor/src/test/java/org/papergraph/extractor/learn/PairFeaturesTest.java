package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.ConceptMention;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

class PairFeaturesTest {

    /** A title and six abstract sentences, so each third of the abstract holds two. */
    private final PaperView view = view(
            "PoolFormer/NNP for/IN vision/NN",
            "We/PRP propose/VBP PoolFormer/NNP ./.",
            "It/PRP pools/VBZ tokens/NNS ./.",
            "PoolFormer/NNP clearly/RB outperforms/VBZ DeiT/NNP on/IN ImageNet/NNP ./.",
            "DeiT/NNP is/VBZ a/DT strong/JJ baseline/NN ./.",
            "We/PRP use/VBP a/DT very/RB small/JJ and/CC very/RB simple/JJ pooling/NN in/IN DeiT/NNP ./.",
            "We/PRP also/RB train/VBP on/IN COCO/NNP and/CC on/IN DeiT/NNP ./.");

    /** Builds a paper of tagged sentences, the first its title, each offset into the joined text. */
    private static PaperView view(String... tagged) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String s : tagged) {
            List<CoreLabel> tokens = Tokens.of(s);
            int shift = text.length();
            for (CoreLabel t : tokens) {
                t.setBeginPosition(t.beginPosition() + shift);
                t.setEndPosition(t.endPosition() + shift);
            }
            text.append(tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "))).append(' ');
            sentences.add(tokens);
        }
        PaperConcepts rules = PaperConcepts.group(sentences.stream().map(s -> List.<ConceptMention>of()).toList());
        return new PaperView(text.toString(), sentences, 1, rules, List.of(), List.of(),
                CandidateFinder.find(text.toString(), sentences, rules), PhraseFrequencies.NO_DAY);
    }

    private Candidate candidate(String key) {
        return view.candidates().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + key + " in " + view.candidates()));
    }

    @Test
    void objectContext_readsTheWordAndTheVerbBeforeEachOfTheFirstThreeMentions() {
        // DeiT's mentions: after "outperforms", at a sentence's start, after "in" with the verb
        // nine words back, and a fourth after "on" with "train" before it, past the first three
        assertThat(PairFeatures.objectContext(view, candidate("deit")))
                .containsExactlyInAnyOrder("prev=outperform", "verb=outperform", "prev=^", "prev=in");
        assertThat(PairFeatures.objectContext(view, candidate("imagenet")))
                .containsExactlyInAnyOrder("prev=on", "verb=outperform");
    }

    @Test
    void place_saysWhereTheCandidateIsFirstNamed() {
        assertThat(PairFeatures.place(view, candidate("poolformer"))).isEqualTo("title");
        assertThat(PairFeatures.place(view, candidate("imagenet"))).isEqualTo("middle");
        assertThat(PairFeatures.place(view, candidate("coco"))).isEqualTo("last");
    }

    @Test
    void of_pairsTheObjectsContextWithTheSubjectsRoleAndTheKinds() {
        PairFeatures.Node subject = new PairFeatures.Node(candidate("poolformer"), "Architecture", true, true);
        PairFeatures.Node object = new PairFeatures.Node(candidate("deit"), "Architecture", false, false);
        assertThat(PairFeatures.of(view, subject, object))
                .contains("bContext=verb=outperform|MArchitecture>Architecture", "bContext=prev=^|MArchitecture>Architecture",
                        "bPlace=middle|MArchitecture>Architecture");
        PairFeatures.Node other = new PairFeatures.Node(candidate("imagenet"), "Dataset", false, false);
        assertThat(PairFeatures.of(view, other, object)).contains("bContext=verb=outperform|-Dataset>Architecture");
    }
}
