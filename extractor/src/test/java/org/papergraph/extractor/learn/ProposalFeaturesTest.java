package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalFeaturesTest {

    @Test
    void of_pairsEachFeatureWithTheKind_butNotTheWordsAndKeys() {
        assertThat(ProposalFeatures.of(List.of("inTitle=true", "w=net", "key=resnet"), "Method"))
                .containsExactly("type=Method", "inTitle=true", "Method|inTitle=true", "w=net", "key=resnet");
    }
}
