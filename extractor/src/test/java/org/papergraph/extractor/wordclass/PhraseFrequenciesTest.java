package org.papergraph.extractor.wordclass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhraseFrequenciesTest {

    private static PhraseFrequencies read(String text) throws IOException {
        return PhraseFrequencies.read(new BufferedReader(new StringReader(text)), "test.tsv");
    }

    @Test
    void papersBefore_stepsThroughTheKeptRanks() throws IOException {
        PhraseFrequencies table = read("#min-count\t3\ncontrastive learning\t420\t100,110,120,130,140\nimagenet\t4\t50,60\n");

        assertThat(table.papersBefore("contrastive learning", 100)).isZero();
        assertThat(table.papersBefore("contrastive learning", 101)).isEqualTo(1);
        assertThat(table.papersBefore("contrastive learning", 125)).isEqualTo(10);
        assertThat(table.papersBefore("contrastive learning", 1000)).isEqualTo(250);
        assertThat(table.papersBefore("imagenet", 1000)).isEqualTo(3);
        assertThat(table.minCount()).isEqualTo(3);
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void papersBefore_rareAndUncountedPhrases_areToldApart() throws IOException {
        PhraseFrequencies table = read("#min-count\t3\nimagenet\t4\t50,60\n");

        assertThat(table.papersBefore("poolformer", 1000)).isZero();
        assertThat(table.papersBefore("learning of representation", 1000)).isZero();
        assertThat(table.papersBefore("the model", 1000)).isEqualTo(-1);
        assertThat(table.papersBefore("a b c d e", 1000)).isEqualTo(-1);
    }

    @Test
    void day_readsAnIsoDate_andNothingElse() {
        assertThat(PhraseFrequencies.day("2025-03-18")).isEqualTo(LocalDate.of(2025, 3, 18).toEpochDay());
        assertThat(PhraseFrequencies.day("2025")).isEqualTo(PhraseFrequencies.NO_DAY);
        assertThat(PhraseFrequencies.day(null)).isEqualTo(PhraseFrequencies.NO_DAY);
    }

    @Test
    void read_malformedLines_nameTheLineAndTheProblem() {
        assertThatThrownBy(() -> read("imagenet\t3\t1\n")).hasMessageContaining("test.tsv line 1").hasMessageContaining("#min-count");
        assertThatThrownBy(() -> read("#min-count\t3\nimagenet\t3\n")).hasMessageContaining("line 2")
                .hasMessageContaining("phrase<TAB>papers<TAB>days");
        assertThatThrownBy(() -> read("#min-count\t3\nimagenet\tmany\t1\n")).hasMessageContaining("line 2").hasMessageContaining("\"many\"");
        assertThatThrownBy(() -> read("#min-count\t3\nimagenet\t3\t9,8\n")).hasMessageContaining("line 2").hasMessageContaining("ascending");
        assertThatThrownBy(() -> read("#min-count\t3\nimagenet\t4\t1\ncoco\t5\t1\nimagenet\t6\t1\n"))
                .hasMessageContaining("line 4").hasMessageContaining("listed twice");
    }

    @Test
    void shipped_knowsTermsOfTheFieldAndNotCoinedNames() {
        PhraseFrequencies shipped = PhraseFrequencies.shipped();
        int end = PhraseFrequencies.day("2026-12-01");

        assertThat(shipped.size()).isGreaterThan(100_000);
        assertThat(shipped.papersBefore("large language model", end)).isEqualTo(250);
        assertThat(shipped.papersBefore("large language model", PhraseFrequencies.day("2024-01-01"))).isZero();
        assertThat(shipped.papersBefore("zorblaxformer", end)).isZero();
    }
}
