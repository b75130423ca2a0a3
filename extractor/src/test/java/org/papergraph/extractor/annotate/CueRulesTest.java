package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueRulesTest {

    private static List<String> fired(CueRules rules, String tagged) {
        return rules.findAll(Tokens.of(tagged)).stream().map(h -> h.rule().field(0)).distinct().toList();
    }

    @Test
    void claimRules_findingAndNumberFire_proposalSubtracts() {
        CueRules rules = CueRules.load("rules/tokensregex/claims.rules", 2);
        assertThat(fired(rules, "we/PRP show/VBP that/IN it/PRP achieves/VBZ 82.1%/CD accuracy/NN"))
                .contains("we-find", "number", "performs");
        assertThat(fired(rules, "we/PRP propose/VBP a/DT new/JJ model/NN")).containsExactly("proposal");
        assertThat(fired(rules, "Code/NN is/VBZ available/JJ at/IN github/NN")).contains("availability");
    }

    @Test
    void relationRules_everyRuleNamesAKnownPredicate() {
        CueRules rules = CueRules.load("rules/tokensregex/relations.rules", 4);
        assertThat(rules.rules()).isNotEmpty().allSatisfy(r -> {
            org.papergraph.extractor.RelationType.fromPredicate(r.field(1));
            RelationAnnotator.kinds(r.field(2));
            RelationAnnotator.kinds(r.field(3));
        });
        assertThat(fired(rules, "X/NNP outperforms/VBZ Y/NNP")).contains("outperforms");
    }

    @Test
    void load_missingFile_namesIt() {
        assertThatThrownBy(() -> CueRules.load("rules/none.rules", 2)).hasMessageContaining("rules/none.rules");
    }
}
