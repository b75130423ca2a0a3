package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.papergraph.extractor.learn.ExtractionModels.Thresholds;

class ThresholdsTest {

    private static final Thresholds BASE = new Thresholds(0.5, 0.4, 0.3, 0.45, 0.5);

    @Test
    void with_changesTheNamedThresholds_andKeepsTheOthers() {
        assertThat(BASE.with("entity=0.55, relation-ends=0.7")).isEqualTo(new Thresholds(0.55, 0.4, 0.3, 0.45, 0.7));
        assertThat(BASE.with("claim=0.5")).isEqualTo(new Thresholds(0.5, 0.4, 0.3, 0.5, 0.5));
    }

    @Test
    void toString_isWhatWithReads() {
        Thresholds other = BASE.with("proposed=0.35,relation=0.25");
        assertThat(other.toString()).isEqualTo("entity=0.5,proposed=0.35,relation=0.25,claim=0.45,relation-ends=0.5");
        assertThat(Thresholds.DEFAULT.with(other.toString())).isEqualTo(other);
    }

    @Test
    void with_theEndsWeightMayExceedOne_probabilitiesMayNot() {
        assertThat(BASE.with("relation-ends=2").relationEnds()).isEqualTo(2.0);
        assertThatThrownBy(() -> BASE.with("entity=1.2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'entity=1.2': entity must lie between 0 and 1");
        assertThatThrownBy(() -> BASE.with("relation-ends=-1")).hasMessage("'relation-ends=-1': relation-ends must be 0 or more");
        assertThatThrownBy(() -> BASE.with("claim=NaN")).hasMessageContaining("claim must lie between 0 and 1");
    }

    @Test
    void with_unknownNameOrNoNumber_namesThePair() {
        assertThatThrownBy(() -> BASE.with("entities=0.4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'entities=0.4' is not NAME=VALUE with NAME one of [entity, proposed");
        assertThatThrownBy(() -> BASE.with("entity")).hasMessageStartingWith("'entity' is not NAME=VALUE");
        assertThatThrownBy(() -> BASE.with("entity=high")).hasMessage("'entity=high': the value is not a number");
    }
}
