package org.papergraph.extractor.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.ConceptType;

class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder(
            DomainDictionary.load("rules/regexner/domain-dictionary.tsv"),
            Lexicon.load("rules/lexicon/head-nouns.tsv", "rules/lexicon/generic-modifiers.txt",
                    "rules/lexicon/generic-phrases.txt", "rules/lexicon/non-concept-acronyms.txt"));

    private static List<ConceptMention> find(String tagged) {
        return FINDER.find(Tokens.of(tagged), false);
    }

    private static List<String> names(List<ConceptMention> mentions) {
        return mentions.stream().map(ConceptMention::name).toList();
    }

    @Test
    void find_acronymDefinition_longFormWithAlias() {
        List<ConceptMention> m = find("we/PRP train/VBP Sparse/JJ Autoencoders/NNS (/( SAEs/NNS )/) on/IN GPT-2/NNP");
        assertThat(m).extracting(ConceptMention::surface).containsExactly("Sparse Autoencoders", "SAEs", "GPT-2");
        assertThat(m.get(0).acronym()).isEqualTo("SAE");
        assertThat(m.get(1).name()).isEqualTo(m.get(0).name());
        assertThat(m.get(2).type()).isEqualTo(ConceptType.ARCHITECTURE);
    }

    @Test
    void find_namedToken_newName() {
        List<ConceptMention> m = find("we/PRP propose/VBP PoolFormer/NNP ,/, a/DT simple/JJ model/NN");
        assertThat(names(m)).containsExactly("PoolFormer");
        assertThat(m.get(0).type()).isEqualTo(ConceptType.ARCHITECTURE);
        assertThat(m.get(0).rule()).isEqualTo("named-token");
    }

    @Test
    void find_specificPhraseOverKnownHead_isAKindOfIt() {
        List<ConceptMention> m = find("a/DT decoder-only/JJ video/NN transformer/NN works/VBZ");
        assertThat(names(m)).containsExactly("decoder-only video transformer");
        assertThat(m.get(0).generalKeys()).contains("transformer");
    }

    @Test
    void find_genericModifiersAndPhrases_areNotConcepts() {
        assertThat(find("our/PRP$ novel/JJ model/NN and/CC the/DT proposed/VBN method/NN")).isEmpty();
        assertThat(names(find("a/DT large/JJ transformer/NN"))).containsExactly("Transformer");
    }

    @Test
    void find_headNounWithModifier_isATypedConcept() {
        List<ConceptMention> m = find("for/IN image/NN super-resolution/NN and/CC token/NN mixing/NN");
        assertThat(names(m)).containsExactly("image super-resolution", "token mixing");
        assertThat(m).extracting(ConceptMention::type).containsExactly(ConceptType.TASK, ConceptType.METHOD);
    }

    @Test
    void find_titleCaseRunMidSentence_isAName() {
        List<ConceptMention> m = find("a/DT variant/NN with/IN Mixed/JJ Attention/NNP Spans/NNPS ./.");
        assertThat(names(m)).containsExactly("Mixed Attention Spans");
    }

    @Test
    void find_compoundWithVagueSuffix_mentionsItsPrefix() {
        List<ConceptMention> m = find("Transformer-based/JJ approaches/NNS");
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Transformer");
            assertThat(x.charEnd() - x.charBegin()).isEqualTo("Transformer".length());
        });
    }

    @Test
    void isNamedShape_namesButNotTitleCaseCompounds() {
        assertThat(MentionFinder.isNamedShape("DSFormer")).isTrue();
        assertThat(MentionFinder.isNamedShape("LLaMA-2")).isTrue();
        assertThat(MentionFinder.isNamedShape("T5")).isTrue();
        assertThat(MentionFinder.isNamedShape("Long-Range")).isFalse();
        assertThat(MentionFinder.isNamedShape("Transformer")).isFalse();
        assertThat(MentionFinder.isNamedShape("mathcalO")).isFalse();
    }
}
