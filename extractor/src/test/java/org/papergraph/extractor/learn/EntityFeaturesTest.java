package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;
import org.papergraph.extractor.wordclass.CorpusStatistics;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

class EntityFeaturesTest {

    /** Use in the corpus: "contrastive learning" by 60 papers before day 20000, "learning" by 300; nothing else. */
    private static final String PHRASES = "#min-count\t3\n"
            + "contrastive learning\t420\t19000,19100,19200,19300,20100\n"
            + "learning\t9000\t18000,18001,18002,18003,18004\n";

    private static List<String> featuresOf(String tagged, String key) {
        return featuresOf(tagged, key, 20_000);
    }

    private static List<String> featuresOf(String tagged, String key, int day) {
        List<CoreLabel> tokens = Tokens.of(tagged);
        String text = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        PaperConcepts rules = PaperConcepts.group(List.of(List.of()));
        PaperView view = new PaperView(text, List.of(tokens), 0, rules, List.of(), List.of(),
                CandidateFinder.find(text, List.of(tokens), rules), day);
        CorpusStatistics statistics;
        try {
            statistics = new CorpusStatistics(word -> word.equals("benchmark") ? "C7" : word.equals("suite") ? "C9" : null,
                    PhraseFrequencies.read(new BufferedReader(new StringReader(PHRASES)), "phrases"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> all = new EntityFeatures(statistics).of(view, FormLexicon.build(List.of()), null, null);
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

    @Test
    void of_aNameCoinedByThePaper_wasNotUsedBefore_aTermOfTheFieldWas() {
        assertThat(featuresOf("VisGym/NNP improves/VBZ agents/NNS", "visgym")).contains("prior=0", "prior|mentions=0|1");
        assertThat(featuresOf("We/PRP use/VBP contrastive/JJ learning/NN ./.", "contrastive learning"))
                .contains("prior=50", "headPrior=250", "prior|title=50|false");
    }

    @Test
    void of_earlierUse_countsOnlyPapersBeforeThisOne() {
        assertThat(featuresOf("We/PRP use/VBP contrastive/JJ learning/NN ./.", "contrastive learning", 19_000)).contains("prior=0");
        assertThat(featuresOf("We/PRP use/VBP contrastive/JJ learning/NN ./.", "contrastive learning", 19_001)).contains("prior=1");
    }

    @Test
    void of_anUndatedPaper_hasNoEarlierUse() {
        assertThat(featuresOf("We/PRP use/VBP contrastive/JJ learning/NN ./.", "contrastive learning", PhraseFrequencies.NO_DAY))
                .noneMatch(x -> x.contains("rior"));
    }
}
