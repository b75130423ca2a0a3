package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private static ClaimMention.Quantity find(String tagged) {
        return QuantityFinder.find(Tokens.of(tagged));
    }

    @Test
    void find_percentBeatsEarlierNumbers() {
        ClaimMention.Quantity q = find("trained/VBN on/IN 300k/CD samples/NNS ,/, it/PRP reaches/VBZ 82.1%/CD accuracy/NN");
        assertThat(q.number()).isEqualByComparingTo("82.1");
        assertThat(q.unit()).isEqualTo("%");
    }

    @Test
    void find_factorWrittenApart() {
        ClaimMention.Quantity q = find("it/PRP is/VBZ 2.5/CD times/NNS faster/JJR");
        assertThat(q.number()).isEqualByComparingTo("2.5");
        assertThat(q.unit()).isEqualTo("times");
        assertThat(q.charEnd() - q.charBegin()).isEqualTo("2.5 times".length());
    }

    @Test
    void find_factorWrittenTogether() {
        assertThat(find("up/RB to/TO 3.2X/CD smaller/JJR").unit()).isEqualTo("x");
        assertThat(find("almost/RB 40times/CD faster/JJR").number()).isEqualByComparingTo("40");
    }

    @Test
    void find_numberWords() {
        assertThat(find("it/PRP uses/VBZ half/PDT the/DT memory/NN").number()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void find_countWithItsNoun_outsideParentheses() {
        ClaimMention.Quantity q = find("a/DT model/NN (/( 100M/CD parameters/NNS )/) multiplies/VBZ 15/CD digits/NNS");
        assertThat(q.number()).isEqualByComparingTo("15");
        assertThat(q.unit()).isEqualTo("digits");
    }

    @Test
    void find_sizesAndYearsAreNoResult() {
        assertThat(find("models/NNS up/RB to/TO 2/CD billion/CD parameters/NNS")).isNull();
        assertThat(find("since/IN 2017/CD transformers/NNS dominate/VBP")).isNull();
    }

    private static ClaimMention.Quantity inText(String sentence) {
        return QuantityFinder.find(Tokens.tokenize(sentence));
    }

    private static String written(String sentence) {
        ClaimMention.Quantity q = inText(sentence);
        return sentence.substring(q.charBegin(), q.charEnd());
    }

    @Test
    void find_versionNumber_isNoNumberAndDoesNotThrow() {
        ClaimMention.Quantity q = inText("On the Foo 0.9.14 simulator our planner reaches a success rate of 96.57 %.");
        assertThat(q.number()).isEqualByComparingTo("96.57");
        assertThat(inText("We release version 1.2.3.4 of the toolkit.")).isNull();
    }

    @Test
    void find_hugeNumbersAndPowersOfTen() {
        assertThat(inText("It sorts 1,000,000,000,000,000,000,000 keys 12 times faster.").number())
                .isEqualByComparingTo("12");
        assertThat(inText("The error drops by 10^6 relative to the baseline.").number())
                .isEqualByComparingTo("1000000");
        assertThat(inText("The error drops by 2.5 × 10^3 relative to the baseline.").number())
                .isEqualByComparingTo("2500");
        assertThat(inText("The bound improves by 10^999999 on every instance.")).isNull();
        assertThat(inText("A learning rate of 1e-5 reaches 71.2 % accuracy.").number()).isEqualByComparingTo("71.2");
        assertThat(inText("The residual falls by 1e-5 per step.").number()).isEqualByComparingTo("0.00001");
        assertThat(inText("The residual falls by 1e99999 per step.")).isNull();
    }

    @Test
    void find_rangesReportTheirFirstEnd_writtenWithTheUnit() {
        assertThat(written("Our method is 3-5x faster than the dense baseline.")).isEqualTo("3-5x");
        assertThat(inText("Our method is 3-5x faster than the dense baseline.").unit()).isEqualTo("x");
        assertThat(written("It outperforms the baseline by 0.7--1.8 % on all lengths.")).isEqualTo("0.7--1.8 %");
        assertThat(written("The pruned model keeps 90-96 % of the quality.")).isEqualTo("90-96 %");
        assertThat(written("It improves recall by 3 to 6 points over prior work.")).isEqualTo("3 to 6 points");
        assertThat(written("Latency stays between 6--58ms on all devices.")).isEqualTo("6--58ms");
    }

    @Test
    void find_changeReportsWhereItEnds() {
        assertThat(written("Our tuning raises accuracy from 48.3 % to 53.4 % on the benchmark.")).isEqualTo("53.4 %");
        assertThat(inText("Fine-tuning lifts the score from 0.362 to 0.502 and F1 from 0.532 to 0.668.").number())
                .isEqualByComparingTo("0.502");
        assertThat(inText("Under heavy noise the score drops 74.9 → 57.2 for the baseline.").number())
                .isEqualByComparingTo("57.2");
    }

    @Test
    void find_unicodeMinusAndThinSpaces() {
        assertThat(inText("The loss changes by \u22123.2 % after pruning.").number()).isEqualByComparingTo("-3.2");
        assertThat(inText("The index answers 12 345 queries per second on one core.").number())
                .isEqualByComparingTo("12345");
        assertThat(inText("The index answers 12\u2009345 queries per second on one core.").number())
                .isEqualByComparingTo("12345");
    }

    @Test
    void find_timesSign_isAFactor() {
        ClaimMention.Quantity q = inText("Decoding is 2.5 × faster with 7B parameters.");
        assertThat(q.number()).isEqualByComparingTo("2.5");
        assertThat(q.unit()).isEqualTo("x");
        assertThat(inText("Decoding is 2.5× faster.").unit()).isEqualTo("x");
    }

    @Test
    void find_firstResultWins_overSizesYearsAndCounts() {
        assertThat(inText("Trained on 300k samples from 2023 across 12 benchmarks, our 7B model achieves 82.1 % top-1 "
                + "accuracy and is 2.5x faster.").number()).isEqualByComparingTo("82.1");
        assertThat(inText("It improves the baseline by 3.2 points on 12 benchmarks.").number())
                .isEqualByComparingTo("3.2");
        assertThat(inText("Our tracker runs 1.9x faster and gains 4 % accuracy.").number())
                .isEqualByComparingTo("1.9");
    }

    @Test
    void find_numbersJoinedByAnd_shareTheUnit() {
        assertThat(written("We reach 41.3 and 38.9 AP on the two splits.")).isEqualTo("41.3");
        assertThat(inText("It beats earlier work by +2.4 and +1.7 mAP respectively.").number())
                .isEqualByComparingTo("2.4");
    }

    @Test
    void find_scoreAfterEquals() {
        assertThat(inText("The fused model reaches a composite score (CS = 0.812) on held-out patients.").number())
                .isEqualByComparingTo("0.812");
    }

    @Test
    void find_shareAMethodIsGiven_isNoResult() {
        assertThat(inText("Using only 10 % of the labels, the detector keeps over 93 % of its recall.").number())
                .isEqualByComparingTo("93");
    }

    @Test
    void find_changeWithAHedgeBeforeItsEnd() {
        assertThat(inText("The gap narrows from 31 % to just 9 % on average.").number()).isEqualByComparingTo("9");
    }

    @Test
    void find_commaBetweenNumbersWrittenDifferently_sharesNoUnit() {
        assertThat(written("Transfer to the second hospital is weaker (F1 = 0.64, 38 % drop).")).isEqualTo("0.64");
        assertThat(written("Transfer to the second hospital is weaker (F1 0.64, 38 % drop).")).isEqualTo("38 %");
    }

    @Test
    void find_comparisonIsACue_butNotForAPValue() {
        assertThat(inText("The probe separates the classes well (Pearson r > 0.7) in every layer.").number())
                .isEqualByComparingTo("0.7");
        assertThat(inText("The gain holds in every layer (p > 0.3 for none).")).isNull();
    }

    @Test
    void find_aWordAfterTheNumberIsItsUnitOnlyWhenANoun() {
        assertThat(written("It improves the baseline by 3.2 on the hardest split.")).isEqualTo("3.2");
        ClaimMention.Quantity tagged = find("it/PRP improves/VBZ by/IN 2.4/CD sharply/RB");
        assertThat(tagged.unit()).isNull();
        assertThat(find("it/PRP improves/VBZ by/IN 2.4/CD points/NNS").unit()).isEqualTo("points");
    }

    @Test
    void find_decimalOrSignedScore_beatsACount() {
        assertThat(written("Our model reaches IoU 0.81 against 0.40 for the baseline at 16 channels.")).isEqualTo("0.81");
        assertThat(written("The tuned model shows an increase of +12 in IoU over 16 channels.")).isEqualTo("+12");
        assertThat(written("The agent solves 7 of 9 puzzles without any search.")).isEqualTo("7 of 9 puzzles");
    }
}
