package org.papergraph.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final String GOLD = """
            {"title": "AxFormer: Faster NLP Models", "entities": [
              {"name": "AxFormer", "type": "Method", "proposed": true, "aliases": []},
              {"name": "Transformer", "type": "Architecture", "proposed": false, "aliases": []},
              {"name": "Natural Language Processing", "type": "Task", "proposed": false, "aliases": ["NLP"]},
              {"name": "GLUE", "type": "Dataset", "proposed": false, "aliases": []}],
             "relations": [
              {"subject": "AxFormer", "predicate": "basedOn", "object": "Transformer"},
              {"subject": "AxFormer", "predicate": "addresses", "object": "NLP"}],
             "claims": [
              {"sentence": "AxFormer models are up to 4.5% more accurate.", "kind": "quantitative", "value": "4.5%"},
              {"sentence": "AxFormer leads to smaller models.", "kind": "qualitative"}]}
            """.replace("\n", " ");

    private static final String PRED = """
            {"title": "AXFORMER -- faster NLP models", "entities": [
              {"name": "AxFormers", "type": "Architecture", "proposed": true, "aliases": []},
              {"name": "transformer", "type": "Architecture", "proposed": false, "aliases": []},
              {"name": "NLP", "type": "Task", "proposed": false, "aliases": []},
              {"name": "accuracy", "type": "Metric", "proposed": false, "aliases": []}],
             "relations": [
              {"subject": "AxFormer", "predicate": "basedOn", "object": "transformers"},
              {"subject": "AxFormer", "predicate": "addresses", "object": "Natural Language Processing"},
              {"subject": "AxFormer", "predicate": "usesMethod", "object": "transformer"}],
             "claims": [
              {"sentence": "In short, AxFormer models are up to 4.5% more accurate.", "kind": "quantitative", "value": "4.5 %"},
              {"sentence": "Code is available.", "kind": "qualitative"}]}
            """.replace("\n", " ");

    private static final Evaluation EVAL = Evaluator.evaluate(List.of(AnnotationFile.parse(GOLD)), List.of(AnnotationFile.parse(PRED)));

    @Test
    void entities_matchByNormalisedNameOrAlias() {
        Score untyped = EVAL.score("entities (untyped)");
        assertThat(untyped.truePositives()).isEqualTo(3);
        assertThat(untyped.falsePositives()).isEqualTo(1);
        assertThat(untyped.falseNegatives()).isEqualTo(1);
        assertThat(untyped.precision()).isEqualTo(0.75);
    }

    @Test
    void typedEntities_needTheSameKind() {
        assertThat(EVAL.score("entities (typed)").truePositives()).isEqualTo(2);
        assertThat(EVAL.score("proposed entities").truePositives()).isEqualTo(1);
        assertThat(EVAL.score("named methods+architectures").falseNegatives()).isZero();
    }

    @Test
    void relations_endsMatchThroughTheirEntitiesAliases() {
        Score relations = EVAL.score("relations");
        assertThat(relations.truePositives()).isEqualTo(2);
        assertThat(relations.falsePositives()).isEqualTo(1);
        assertThat(relations.falseNegatives()).isZero();
    }

    @Test
    void claims_matchWhenOneSentenceContainsTheOther_valueByFirstNumber() {
        assertThat(EVAL.score("claim sentences").truePositives()).isEqualTo(1);
        assertThat(EVAL.score("quantitative claims").truePositives()).isEqualTo(1);
        assertThat(EVAL.valueMatched()).isEqualTo(1);
        assertThat(EVAL.valueAccuracy()).isEqualTo(1.0);
    }

    @Test
    void claimSlots_scoredOnMatchedSentences_endsMatchThroughAliases() {
        String gold = """
                {"title": "P", "entities": [
                  {"name": "AxFormer", "type": "Method", "proposed": true, "aliases": []},
                  {"name": "Transformer", "type": "Architecture", "proposed": false, "aliases": []},
                  {"name": "BERT", "type": "Architecture", "proposed": false, "aliases": []},
                  {"name": "General Language Understanding Evaluation", "type": "Dataset", "proposed": false, "aliases": ["GLUE"]}],
                 "relations": [], "claims": [
                  {"sentence": "AxFormer beats Transformer and BERT by 4.5% on GLUE.", "kind": "quantitative", "value": "4.5%",
                   "subject": "AxFormer", "metric": "accuracy", "dataset": "General Language Understanding Evaluation",
                   "comparedTo": ["Transformer", "BERT"]},
                  {"sentence": "Unmatched sentence.", "kind": "qualitative", "subject": "AxFormer"}]}
                """.replace("\n", " ");
        String pred = """
                {"title": "P", "entities": [{"name": "GLUE", "type": "Dataset", "proposed": false, "aliases": []}],
                 "relations": [], "claims": [
                  {"sentence": "AxFormer beats Transformer and BERT by 4.5% on GLUE.", "kind": "quantitative", "value": "4.5%",
                   "subject": "Transformer", "dataset": "GLUE", "comparedTo": ["BERT", "ResNet"]}]}
                """.replace("\n", " ");
        Evaluation e = Evaluator.evaluate(List.of(AnnotationFile.parse(gold)), List.of(AnnotationFile.parse(pred)));
        Score subject = e.score("claim subject");
        assertThat(List.of(subject.truePositives(), subject.falsePositives(), subject.falseNegatives())).containsExactly(0, 1, 1);
        Score metric = e.score("claim metric");
        assertThat(List.of(metric.truePositives(), metric.falsePositives(), metric.falseNegatives())).containsExactly(0, 0, 1);
        Score dataset = e.score("claim dataset");
        assertThat(List.of(dataset.truePositives(), dataset.falsePositives(), dataset.falseNegatives())).containsExactly(1, 0, 0);
        Score compared = e.score("claim comparedTo");
        assertThat(List.of(compared.truePositives(), compared.falsePositives(), compared.falseNegatives())).containsExactly(1, 1, 1);
        assertThat(e.details()).anyMatch(line -> line.contains("claim comparedTo false hit: ResNet"));
        assertThat(e.table()).contains("claim comparedTo (matched claims)");
    }

    @Test
    void missingPaper_countsAsAllMissed() {
        Evaluation e = Evaluator.evaluate(List.of(AnnotationFile.parse(GOLD)), List.of());
        assertThat(e.unmatchedGoldPapers()).isEqualTo(1);
        assertThat(e.score("entities (untyped)").falseNegatives()).isEqualTo(4);
        assertThat(e.score("entities (untyped)").f1()).isZero();
    }

    @Test
    void firstNumber_readsDigitsAndWords() {
        assertThat(Normalizer.firstNumber("up to 2.50X")).isEqualTo("2.5");
        assertThat(Normalizer.firstNumber("half")).isEqualTo("0.5");
        assertThat(Normalizer.firstNumber("a twofold speedup")).isEqualTo("2");
        assertThat(Normalizer.firstNumber("ten-fold")).isEqualTo("10");
        assertThat(Normalizer.firstNumber("manifold")).isNull();
        assertThat(Normalizer.firstNumber("n/a")).isNull();
    }
}
