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
}
