package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelationTypeTest {

    @Test
    void parse_predicateOrTypeName_ignoringCase() {
        assertThat(RelationType.parse("evaluatedOn")).isEqualTo(RelationType.EVALUATED_ON);
        assertThat(RelationType.parse("EVALUATED_ON")).isEqualTo(RelationType.EVALUATED_ON);
        assertThat(RelationType.parse("evaluated_on")).isEqualTo(RelationType.EVALUATED_ON);
    }

    @Test
    void parse_unknown_namesTheAcceptedValues() {
        assertThatThrownBy(() -> RelationType.parse("likes")).hasMessageContaining("basedOn");
    }

    @Test
    void fromPredicateIri_ontologyIri() {
        assertThat(RelationType.fromPredicateIri("https://papergraph.org/ontology#basedOn")).contains(RelationType.BASED_ON);
        assertThat(RelationType.fromPredicateIri("https://papergraph.org/ontology#mentions")).isEmpty();
    }
}
