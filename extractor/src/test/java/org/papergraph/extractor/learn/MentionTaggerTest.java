package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.Tokens;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

class MentionTaggerTest {

    /** A one-sentence paper view of tagged tokens, without the rules. */
    private static PaperView view(String tagged) {
        List<CoreLabel> tokens = Tokens.of(tagged);
        String text = tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        List<List<CoreLabel>> sentences = List.of(tokens);
        PaperConcepts rules = PaperConcepts.group(List.of(List.of()));
        return new PaperView(text, sentences, 0, rules, List.of(), List.of(), CandidateFinder.find(text, sentences, rules),
                PhraseFrequencies.NO_DAY);
    }

    private static GoldPaper gold(String... entities) {
        List<String> json = new ArrayList<>();
        for (String e : entities) {
            String[] nameType = e.split("/");
            json.add("{\"name\": \"" + nameType[0] + "\", \"type\": \"" + nameType[1] + "\", \"proposed\": false, \"aliases\": []}");
        }
        return GoldPaper.parse("{\"title\": \"T\", \"entities\": [" + String.join(", ", json) + "], \"relations\": [], \"claims\": []}");
    }

    @Test
    void align_labelsEveryOccurrenceOfAnAnnotatedEntity_longestSpanFirst() {
        PaperView view = view("We/PRP train/VBP Vision/NNP Transformer/NNP on/IN ImageNet/NNP and/CC a/DT Transformer/NNP ./.");
        String[][] labels = MentionTagger.align(view, gold("Vision Transformer/Architecture", "ImageNet/Dataset", "Transformer/Method"));
        assertThat(labels[0]).containsExactly("O", "O", "Architecture", "Architecture", "O", "Dataset", "O", "O", "Method", "O");
    }

    @Test
    void train_thenTag_findsTheKindsItWasShown_andSurvivesItsBytes() {
        List<ModelTrainer.TrainingPaper> papers = new ArrayList<>();
        String[] names = {"ResNet", "AlexNet", "VGGNet", "DenseNet", "LeNet", "ZFNet"};
        String[] data = {"CIFAR", "MNIST", "COCO", "SVHN", "STL", "LSUN"};
        for (int i = 0; i < names.length; i++) {
            papers.add(new ModelTrainer.TrainingPaper(
                    view("We/PRP train/VBP " + names[i] + "/NNP on/IN " + data[i] + "/NNP for/IN classification/NN ./."),
                    gold(names[i] + "/Architecture", data[i] + "/Dataset"), true));
        }
        MentionTagger tagger = MentionTagger.train(papers);
        assertThat(tagger.labels()).containsExactly("O", "Architecture", "Dataset");

        PaperView unseen = view("We/PRP train/VBP GoogLeNet/NNP on/IN ImageNet/NNP for/IN classification/NN ./.");
        MentionTagger.Marginals m = tagger.tag(unseen);
        assertThat(m.inside(0, 2)).isGreaterThan(0.5);
        assertThat(m.inside(0, 0)).isLessThan(0.5);
        assertThat(m.inside(0, 6)).isLessThan(0.5);
        Span googLeNet = new Span(0, 2, 3, 9, 18, "GoogLeNet");
        assertThat(m.kind(googLeNet)).isEqualTo("Architecture");
        assertThat(m.kind(new Span(0, 4, 5, 22, 30, "ImageNet"))).isEqualTo("Dataset");

        MentionTagger copy = MentionTagger.fromBytes(tagger.toBytes());
        assertThat(copy.tag(unseen).p()).isDeepEqualTo(m.p());
    }

    @Test
    void fromBytes_notATagger_isRefused() {
        assertThatThrownBy(() -> MentionTagger.fromBytes(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a mention tagger");
    }
}
