package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.annotate.Tokens;

class ValueCandidatesTest {

    private static List<ValueCandidates.Value> values(String tagged) {
        return ValueCandidates.of(Tokens.of(tagged));
    }

    @Test
    void of_numbersWithTheirUnits() {
        List<ValueCandidates.Value> values = values("reaches/VBZ 82.1/CD %/NN top-1/JJ accuracy/NN ,/, 2.5x/CD faster/RBR than/IN 3/CD baselines/NNS");
        assertThat(values).extracting(v -> v.quantity().number()).containsExactly(new BigDecimal("82.1"), new BigDecimal("2.5"),
                BigDecimal.valueOf(3));
        assertThat(values).extracting(v -> v.quantity().unit()).containsExactly("%", "x", null);
    }

    @Test
    void of_numberWords_areValues() {
        assertThat(values("cuts/VBZ memory/NN by/IN half/NN")).singleElement()
                .satisfies(v -> assertThat(v.quantity().number()).isEqualByComparingTo("0.5"));
    }

    @Test
    void of_ranges_giveTheirFirstNumber() {
        assertThat(values("accuracy/NN of/IN 90-96%/CD")).singleElement().satisfies(v -> {
            assertThat(v.quantity().number()).isEqualByComparingTo("90");
            assertThat(v.quantity().unit()).isEqualTo("%");
        });
    }

    @Test
    void parse_separatorsSignsAndJunk() {
        assertThat(ValueCandidates.parse("1,024")).isEqualByComparingTo("1024");
        assertThat(ValueCandidates.parse("−3.2")).isEqualByComparingTo("-3.2");
        assertThat(ValueCandidates.parse("+4.5")).isEqualByComparingTo("4.5");
        assertThat(ValueCandidates.parse("3,5")).isEqualByComparingTo("3");
        assertThat(ValueCandidates.parse("1.2.3")).isNull();
    }

    @Test
    void features_nameTheUnitAndTheWordsAround() {
        var tokens = Tokens.of("improves/VBZ accuracy/NN by/IN 4.5/CD %/NN");
        List<ValueCandidates.Value> all = ValueCandidates.of(tokens);
        assertThat(ValueCandidates.features(tokens, all, all.get(0), null)).contains("unit=%", "prev=by", "index=first",
                "inParentheses=false");
    }
}
