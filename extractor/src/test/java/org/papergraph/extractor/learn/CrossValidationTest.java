package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void folds_partitionThePapersEvenly() {
        int[] fold = CrossValidation.folds(23, 5, 42);
        int[] sizes = new int[5];
        Arrays.stream(fold).forEach(f -> sizes[f]++);
        assertThat(sizes).containsExactlyInAnyOrder(5, 5, 5, 4, 4);
    }

    @Test
    void folds_sameSeed_sameFolds_otherSeed_otherFolds() {
        assertThat(CrossValidation.folds(100, 5, 42)).containsExactly(CrossValidation.folds(100, 5, 42));
        assertThat(CrossValidation.folds(100, 5, 43)).isNotEqualTo(CrossValidation.folds(100, 5, 42));
    }

    @Test
    void folds_tooFewOrTooMany_areRefused() {
        assertThatThrownBy(() -> CrossValidation.folds(10, 1, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrossValidation.folds(3, 4, 42)).isInstanceOf(IllegalArgumentException.class);
    }
}
