package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;

class EntityFeaturesTest {

    private static List<String> featuresOf(String tagged, String key) {
        List<CoreLabel> tokens = Tokens.of(tagged);
        String text = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        PaperConcepts rules = PaperConcepts.group(List.of(List.of()));
        PaperView view = new PaperView(text, List.of(tokens), 0, rules, List.of(), List.of(),
                CandidateFinder.find(text, List.of(tokens), rules));
        List<List<String>> all = new EntityFeatures(word -> word.equals("benchmark") ? "C7" : word.equals("suite") ? "C9" : null)
                .of(view, FormLexicon.build(List.of()), null, null);
        for (int i = 0; i < view.candidates().size(); i++) {
            if (view.candidates().get(i).key().equals(key)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no candidate " + key + " in " + view.candidates());
    }

    @Test
    void of_aDescriptionBesideTheName_givesItsHeadNoun() {
        List<String> f = featuresOf("We/PRP release/VBP VisGym/NNP ,/, a/DT multimodal/JJ benchmark/NN for/IN agents/NNS ./.", "visgym");
        assertThat(f).contains("descR=benchmark", "descRClass=C7");
        assertThat(featuresOf("a/DT dataset/NN called/VBN Camlang/NNP", "camlang")).contains("descL=dataset");
    }

    @Test
    void of_aNameWithoutDescription_hasNone() {
        assertThat(featuresOf("VisGym/NNP improves/VBZ agents/NNS ./.", "visgym")).noneMatch(x -> x.startsWith("desc"));
    }

    @Test
    void of_aListedName_seesWhatItIsListedWith() {
        List<String> f = featuresOf("on/IN VisGym/NNP ,/, Camlang/NNP and/CC benchmark/NN suites/NNS", "camlang");
        assertThat(f).contains("listMate=none", "listMateHeadClass=C9");
        assertThat(featuresOf("VisGym/NNP improves/VBZ agents/NNS", "visgym")).noneMatch(x -> x.startsWith("listMate"));
    }

    @Test
    void of_aNameAlsoWrittenWithAKindOfPartWord_saysWhichWord() {
        assertThat(featuresOf("a/DT hybrid/JJ fusion/NN block/NN", "hybrid fusion")).contains("genericHead=block");
        assertThat(featuresOf("a/DT hybrid/JJ fusion/NN method/NN", "hybrid fusion")).noneMatch(x -> x.startsWith("genericHead"));
    }
}
