package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;

class CandidateFinderTest {

    private static List<Candidate> find(String tagged) {
        List<CoreLabel> tokens = Tokens.of(tagged);
        String text = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        return CandidateFinder.find(text, List.of(tokens), PaperConcepts.group(List.of(List.of())));
    }

    private static Candidate withForm(List<Candidate> candidates, String form) {
        return candidates.stream().filter(c -> c.forms().contains(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + form + " in " + candidates));
    }

    @Test
    void find_nounPhrases_everySubSpanEndingInANoun() {
        List<Candidate> candidates = find("We/PRP study/VBP sparse/JJ attention/NN kernels/NNS for/IN image/NN classification/NN ./.");
        assertThat(candidates).extracting(Candidate::key).contains("sparse attention kernel", "attention kernel", "kernel",
                "sparse attention", "image classification", "classification");
        assertThat(candidates).extracting(Candidate::key).doesNotContain("we", "sparse", "study");
    }

    @Test
    void find_acronymDefinition_joinsTheAcronymToItsLongForm() {
        List<Candidate> candidates = find("We/PRP propose/VBP a/DT Vision/NNP Transformer/NNP (/-LRB- ViT/NNP )/-RRB- ./.");
        Candidate vit = withForm(candidates, "vit");
        assertThat(vit.forms()).contains("vision transformer", "vit");
        assertThat(vit.hasAcronymDefinition()).isTrue();
        assertThat(vit.spans()).extracting(Span::surface).contains("Vision Transformer", "ViT");
        assertThat(PaperDecoder.name(vit, org.papergraph.extractor.ConceptType.ARCHITECTURE)).isEqualTo("Vision Transformer");
    }

    @Test
    void find_repeatedName_isOneCandidateWithEverySpan() {
        List<Candidate> candidates = find("PoolFormer/NNP beats/VBZ baselines/NNS and/CC PoolFormers/NNP scale/VBP ./.");
        Candidate poolFormer = withForm(candidates, "poolformer");
        assertThat(poolFormer.spans()).hasSize(2);
        assertThat(poolFormer.first().surface()).isEqualTo("PoolFormer");
    }

    @Test
    void find_nameShapedTokens_areCandidatesWhateverTheirTag() {
        assertThat(find("using/VBG GPT-4o/JJ and/CC s3/JJ")).extracting(Candidate::key).contains("gpt4o", "s3");
    }

    @Test
    void find_numbersAlone_areNotCandidates() {
        assertThat(find("accuracy/NN of/IN 82.1/CD")).extracting(Candidate::key).doesNotContain("82 1").contains("accuracy");
    }

    @Test
    void find_genericHead_joinsTheNameWithAndWithoutIt() {
        List<Candidate> candidates = find("a/DT token/NN pruning/NN module/NN and/CC a/DT depth/NN estimation/NN model/NN");
        Candidate pruning = withForm(candidates, "token pruning module");
        assertThat(pruning.forms()).contains("token pruning");
        assertThat(PaperDecoder.name(pruning, org.papergraph.extractor.ConceptType.METHOD)).isEqualTo("token pruning");
        assertThat(withForm(candidates, "depth estimation model").forms()).doesNotContain("depth estimation");
    }
}
