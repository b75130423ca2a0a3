package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;
import org.papergraph.extractor.eval.AnnotatedPaper;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

class GoldClaimsTest {

    /** A one-sentence abstract as the pipeline reads it: LaTeX already normalised away. */
    private static final PaperView VIEW = view("Our/PRP$ Foo/NNP reaches/VBZ 85/CD %/NN accuracy/NN on/IN Bar/NNP ./.");

    private static PaperView view(String tagged) {
        List<CoreLabel> tokens = Tokens.of(tagged);
        String text = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        PaperConcepts rules = PaperConcepts.group(List.of(List.of()));
        return new PaperView(text, List.of(tokens), 0, rules, List.of(), List.of(), CandidateFinder.find(text, List.of(tokens), rules),
                PhraseFrequencies.NO_DAY);
    }

    private static ModelTrainer.TrainingPaper paperClaiming(String sentence) {
        String json = "{\"title\": \"T\", \"entities\": [], \"relations\": [], \"claims\": [{\"sentence\": \""
                + sentence.replace("\\", "\\\\") + "\", \"kind\": \"quantitative\", \"value\": \"85%\"}]}";
        return new ModelTrainer.TrainingPaper(VIEW, GoldPaper.parse(json), true);
    }

    @Test
    void aGoldSentenceWrittenInLatexMatchesTheSentenceThePipelineRead() {
        List<AnnotatedPaper.Clm> claims = ModelTrainer.goldClaims(paperClaiming("Our \\textsc{Foo} reaches 85\\% accuracy on $\\mathrm{Bar}$."));

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0)).isNotNull();
        assertThat(claims.get(0).value()).isEqualTo("85%");
    }

    @Test
    void aSentenceNoGoldClaimStatesHasNone() {
        List<AnnotatedPaper.Clm> claims = ModelTrainer.goldClaims(paperClaiming("Our Foo fails on Baz."));

        assertThat(claims).containsExactly((AnnotatedPaper.Clm) null);
    }
}
