package org.papergraph.service.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void parse_units() {
        assertThat(ByteSizes.parse("512m")).isEqualTo(512L << 20);
        assertThat(ByteSizes.parse("2G")).isEqualTo(2L << 30);
        assertThat(ByteSizes.parse("64kb")).isEqualTo(64L << 10);
        assertThat(ByteSizes.parse("1000")).isEqualTo(1000L);
    }

    @Test
    void parse_malformed_saysHow() {
        assertThatThrownBy(() -> ByteSizes.parse("lots")).hasMessageContaining("512m");
    }
}
