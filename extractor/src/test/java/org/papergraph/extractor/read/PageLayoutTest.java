package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageLayoutTest {

    private static Paragraph line(String text) {
        return new Paragraph(1, text, 1, null, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mar 14", "March 14, 2025", "14 Mar 2025", "Sept. 3rd", "2025-03-14",
        "14/03/2025", "3 days ago", "an hour ago", "Published on Mar 14", "yesterday", "Jan 2026"})
    void isMetadata_dateShapedLine_isTrue(String text) {
        assertThat(PageLayout.isMetadata(line(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "1.2k", "128 upvotes", "· 15", "3,401 stars"})
    void isMetadata_countShapedLine_isTrue(String text) {
        assertThat(PageLayout.isMetadata(line(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Submitted by AK", "Posted by jane_doe on Mar 3", "byAK and the research community",
        "by Jane Doe"})
    void isMetadata_attributionLine_isTrue(String text) {
        assertThat(PageLayout.isMetadata(line(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Music Transformer", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "What Algorithms can Transformers Learn? A Study in Length Generalization", "May the Force Be With You",
        "Any2Point: Empowering Any-modality Large Models for Efficient 3D Understanding"})
    void isTitle_paperTitle_isTrueAndNotMetadata(String text) {
        assertThat(PageLayout.isTitle(line(text))).isTrue();
        assertThat(PageLayout.isMetadata(line(text))).isFalse();
    }

    @Test
    void isTitle_sentenceWithFinalPeriod_isFalse() {
        assertThat(PageLayout.isTitle(line("Nothing trending today."))).isFalse();
    }

    @Test
    void isTitle_twoLines_isFalse() {
        assertThat(PageLayout.isTitle(new Paragraph(1, "A Title\nwrapped", 2, null, 0))).isFalse();
    }

    @Test
    void isAbstract_oneShortSentence_isFalse() {
        assertThat(PageLayout.isAbstract(line("Get trending papers in your email inbox!"))).isFalse();
    }

    @Test
    void isAbstract_longParagraphOfSentences_isTrue() {
        String text = "We study a problem. ".repeat(5) + "It has many words and several sentences in it. ".repeat(3);

        assertThat(PageLayout.isAbstract(line(text))).isTrue();
    }

    @Test
    void findTitle_metadataAfterTitle_skipsIt() {
        List<Paragraph> before = List.of(line("Subscribe"), line("A Real Title"), line("Submitted by AK"), line("42"));

        assertThat(PageLayout.findTitle(before)).isEqualTo(line("A Real Title"));
    }

    @Test
    void findTitle_nearestLineNotTitleShaped_isNull() {
        assertThat(PageLayout.findTitle(List.of(line("A Real Title"), line("Read the full text.")))).isNull();
        assertThat(PageLayout.findTitle(List.of())).isNull();
    }
}
