package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void originalOffset_endOfText_isEndOfLastCharacter() {
        NormalizedText normalized = TextNormalizer.normalize("x $y$ ");

        assertThat(normalized.text()).isEqualTo("x y");
        assertThat(normalized.originalOffset(3)).isEqualTo(4);
        assertThat(normalized.originalEnd(3)).isEqualTo(4);
    }

    @Test
    void originalEnd_zero_isStartOfFirstCharacter() {
        NormalizedText normalized = TextNormalizer.normalize("  \\emph{x}");

        assertThat(normalized.originalEnd(0)).isEqualTo(normalized.originalOffset(0)).isEqualTo(8);
    }

    @Test
    void originalOffset_emptyText_isZero() {
        NormalizedText normalized = TextNormalizer.normalize(" $$ ");

        assertThat(normalized.text()).isEmpty();
        assertThat(normalized.originalOffset(0)).isZero();
        assertThat(normalized.originalEnd(0)).isZero();
    }

    @Test
    void originalOffset_outsideText_throws() {
        NormalizedText normalized = TextNormalizer.normalize("abc");

        assertThatThrownBy(() -> normalized.originalOffset(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> normalized.originalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void original_always_returnsInputText() {
        assertThat(TextNormalizer.normalize("a\\%").original()).isEqualTo("a\\%");
        assertThat(TextNormalizer.normalize("a\\%")).hasToString("a%");
    }
}
