package org.papergraph.extractor.read;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The general rules that find papers in scraped page text: which paragraph is an abstract, which
 * is its title, and which short lines are page metadata.
 *
 * <p>An abstract is a long paragraph of several sentences. Its title is the nearest paragraph
 * before it that is not metadata, and must be a single short line without a final period.
 * Metadata is a line shaped like a date ({@code Mar 14}, {@code 2025-03-14}, {@code 3 days ago}),
 * a count ({@code 42}, {@code 1.2k upvotes}) or an attribution ({@code Submitted by ...}); it may
 * sit between a title and its abstract. Every other short line (navigation, buttons, banners) is
 * boilerplate simply because no abstract follows it. Stateless.
 */
final class PageLayout {

    /** The fewest words an abstract paragraph has. */
    static final int MIN_ABSTRACT_WORDS = 40;

    /** The fewest sentence ends an abstract paragraph has. */
    static final int MIN_ABSTRACT_SENTENCES = 2;

    /** The longest a title line may be, in characters. */
    static final int MAX_TITLE_LINE_CHARS = 300;

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?"
            + "|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String YEAR = "\\d{4}";
    private static final String UNIT = "(?:second|minute|hour|day|week|month|year)s?";
    private static final String EDGE = "[\\p{P}\\p{S}\\s]*";

    private static final Pattern DATE = Pattern.compile(EDGE
            + "(?:(?:published|submitted|posted|updated|added)(?:\\s+on)?\\s+)?(?:"
            + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?"
            + "|" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"
            + "|" + MONTH + ",?\\s+" + YEAR
            + "|" + YEAR + "-\\d{1,2}(?:-\\d{1,2})?"
            + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
            + "|today|yesterday|(?:\\d+|an?|one)\\s+" + UNIT + "\\s+ago)" + EDGE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT =
            Pattern.compile(EDGE + "\\d[\\d.,]*\\s*[kKmM]?(?:\\s+\\p{L}+)?" + EDGE);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i:submitted|posted|published|shared|uploaded|added|curated)\\s+(?i:by)\\b.*"
                    + "|by(?:\\s|\\p{Lu}).*");
    private static final Pattern SENTENCE_END = Pattern.compile("\\S[.!?][\"')\\]]*(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("[^\\s]*[\\p{L}\\p{N}][^\\s]*");

    private PageLayout() {}

    /** Returns whether {@code paragraph} is shaped like an abstract: long, several sentences. */
    static boolean isAbstract(Paragraph paragraph) {
        String text = paragraph.text();
        return WORD.matcher(text).results().limit(MIN_ABSTRACT_WORDS).count() >= MIN_ABSTRACT_WORDS
                && SENTENCE_END.matcher(text).results().limit(MIN_ABSTRACT_SENTENCES).count()
                        >= MIN_ABSTRACT_SENTENCES;
    }

    /** Returns whether {@code paragraph} is title-shaped: one short line, no final period. */
    static boolean isTitle(Paragraph paragraph) {
        String text = paragraph.text();
        return paragraph.isSingleLine()
                && text.length() <= MAX_TITLE_LINE_CHARS
                && text.codePoints().anyMatch(Character::isLetter)
                && !text.endsWith(".")
                && !isMetadata(paragraph);
    }

    /** Returns whether {@code paragraph} is one line shaped like a date, count or attribution. */
    static boolean isMetadata(Paragraph paragraph) {
        String text = paragraph.text();
        return paragraph.isSingleLine()
                && text.length() <= MAX_TITLE_LINE_CHARS
                && (DATE.matcher(text).matches() || COUNT.matcher(text).matches()
                        || ATTRIBUTION.matcher(text).matches());
    }

    /**
     * Finds the title of an abstract among the paragraphs since the previous abstract: the last
     * one that is not metadata, if it is title-shaped.
     *
     * @return the title paragraph, or {@code null} when there is none
     */
    static @Nullable Paragraph findTitle(List<Paragraph> before) {
        for (Paragraph candidate : before.reversed()) {
            if (!isMetadata(candidate)) {
                return isTitle(candidate) ? candidate : null;
            }
        }
        return null;
    }
}
