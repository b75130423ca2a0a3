package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {

    @Test
    void aliases_dedupedIgnoringCase_withoutTheName() {
        Entity e = new Entity("Mixture-of-Experts", ConceptType.ARCHITECTURE, false,
                List.of("MoE", "MOE", "mixture-of-experts", "SMoE", "moe"), "", List.of());
        assertThat(e.aliases()).containsExactly("MoE", "SMoE");
    }
}
