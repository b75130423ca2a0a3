package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.ConceptType;

class DomainDictionaryTest {

    private static final DomainDictionary DICTIONARY = DomainDictionary.load("rules/regexner/domain-dictionary.tsv");

    private static DomainDictionary.Match match(String text) {
        return DICTIONARY.longestMatch(List.of(text.split(" ")), 0);
    }

    @Test
    void longestMatch_prefersTheLongerName() {
        DomainDictionary.Match m = match("vision transformers are strong");
        assertThat(m.length()).isEqualTo(2);
        assertThat(m.entry().canonicalName()).isEqualTo("Vision Transformer");
        assertThat(m.entry().type()).isEqualTo(ConceptType.ARCHITECTURE);
    }

    @Test
    void longestMatch_acceptsPluralOfLastWord() {
        assertThat(match("Transformers").entry().canonicalName()).isEqualTo("Transformer");
    }

    @Test
    void longestMatch_mixedCaseFormKeepsItsCase() {
        assertThat(match("mAP").entry().canonicalName()).isEqualTo("mean average precision");
        assertThat(match("map")).isNull();
    }

    @Test
    void longestMatch_hyphenatedFormOfASpacedName() {
        assertThat(match("mixed-precision").entry().canonicalName()).isEqualTo("mixed precision");
    }

    @Test
    void longestMatch_aliasGivesTheCanonicalName() {
        assertThat(match("ViT").entry().canonicalName()).isEqualTo("Vision Transformer");
    }

    @Test
    void entry_knowsWhatItIsAKindOf() {
        assertThat(match("BERT").entry().parentKeys()).containsExactly("transformer");
    }

    @Test
    void lookup_byKey() {
        assertThat(DICTIONARY.lookup("imagenet 1k")).isNotNull();
        assertThat(DICTIONARY.lookup("no such concept")).isNull();
    }
}
