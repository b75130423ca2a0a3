package org.papergraph.extractor.wordclass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordClassesTest {

    private static final String TINY = "wordclass/tiny-classes.tsv";

    @Test
    void classOf_knownWord_returnsItsClass() {
        WordClasses classes = WordClasses.loadResource(TINY);

        assertThat(classes.size()).isEqualTo(4);
        assertThat(classes.classOf("llama")).isEqualTo("C7");
        assertThat(classes.classOf("bert")).isEqualTo("C3");
        assertThat(classes.classOf("u-net")).isEqualTo("C3");
    }

    @Test
    void classOf_mixedCase_isLookedUpLowercased() {
        WordClasses classes = WordClasses.loadResource(TINY);

        assertThat(classes.classOf("LLaMA")).isEqualTo("C7");
        assertThat(classes.classOf("Qwen")).isEqualTo("C7");
        assertThat(classes.classOf("U-Net")).isEqualTo("C3");
    }

    @Test
    void classOf_unknownWord_returnsNull() {
        assertThat(WordClasses.loadResource(TINY).classOf("gpt")).isNull();
    }

    @Test
    void loadDefault_committedFile_groupsWordsUsedAlike() {
        WordClasses classes = WordClasses.loadDefault();

        assertThat(classes.size()).isGreaterThan(50_000);
        assertThat(classes.classOf("gpt-4o")).isNotNull().isEqualTo(classes.classOf("llama"));
        assertThat(classes.classOf("cifar-10")).isNotNull().isEqualTo(classes.classOf("imagenet"));
        assertThat(classes.classOf("imagenet")).isNotEqualTo(classes.classOf("llama"));
    }

    @Test
    void loadResource_missing_namesTheResource() {
        assertThatThrownBy(() -> WordClasses.loadResource("wordclass/no-such.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wordclass/no-such.tsv");
    }

    @Test
    void read_lineWithoutClass_namesSourceAndLine() {
        BufferedReader reader = new BufferedReader(new StringReader("bert\tC3\nllama\n"));

        assertThatThrownBy(() -> WordClasses.read(reader, "classes.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes.tsv line 2");
    }

    @Test
    void read_wordListedTwice_isRejected() {
        BufferedReader reader = new BufferedReader(new StringReader("bert\tC3\nbert\tC4\n"));

        assertThatThrownBy(() -> WordClasses.read(reader, "classes.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("bert");
    }
}
