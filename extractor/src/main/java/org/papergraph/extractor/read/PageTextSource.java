package org.papergraph.extractor.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;

/**
 * Reads scraped page text: finds each paper as a title line followed by its abstract paragraph,
 * and skips page boilerplate, by the rules of {@link PageLayout}.
 *
 * <p>Records have no id; a record's number is the paper's ordinal on the page, counting rejected
 * papers too. An abstract paragraph that directly follows another abstract continues it (a
 * multi-paragraph abstract; the paragraphs are joined with a blank line). A paragraph with an
 * undecodable line is reported and ends the paper before it. Not thread-safe.
 */
final class PageTextSource implements RecordSource {

    /** How many paragraphs since the last abstract are kept, so a page without papers is safe. */
    private static final int MAX_CANDIDATES = 64;

    private final String source;
    private final ParagraphReader paragraphs;
    private final Queue<ReadResult> ready = new ArrayDeque<>();
    private final List<Paragraph> sinceAbstract = new ArrayList<>();
    private @Nullable PendingPaper pending;
    private long paperCount;
    private boolean exhausted;

    PageTextSource(String source, Utf8LineReader lines) {
        this.source = source;
        this.paragraphs = new ParagraphReader(lines);
    }

    @Override
    public @Nullable ReadResult next() throws IOException {
        while (ready.isEmpty() && !exhausted) {
            Paragraph paragraph = paragraphs.read();
            if (paragraph == null) {
                finishPending();
                exhausted = true;
            } else {
                accept(paragraph);
            }
        }
        return ready.poll();
    }

    private void accept(Paragraph paragraph) {
        String problem = paragraph.problem();
        if (problem != null) {
            finishPending();
            sinceAbstract.clear();
            ready.add(reject("line " + paragraph.problemLine(), problem));
        } else if (!PageLayout.isAbstract(paragraph)) {
            finishPending();
            remember(paragraph);
        } else if (pending != null) {
            pending = pending.continuedBy(paragraph);
        } else {
            startPaper(paragraph);
        }
    }

    /** Keeps the paragraph as a title candidate; only the last few can be the next title. */
    private void remember(Paragraph paragraph) {
        if (sinceAbstract.size() == MAX_CANDIDATES) {
            sinceAbstract.removeFirst();
        }
        sinceAbstract.add(paragraph);
    }

    private void startPaper(Paragraph abstractParagraph) {
        paperCount++;
        Paragraph title = PageLayout.findTitle(sinceAbstract);
        sinceAbstract.clear();
        if (title == null) {
            ready.add(reject(location(paperCount, abstractParagraph.firstLine()),
                    "title is missing: no title line before the abstract"));
        } else {
            pending = new PendingPaper(paperCount, title, abstractParagraph.text());
        }
    }

    private void finishPending() {
        if (pending != null) {
            ready.add(toResult(pending));
            pending = null;
        }
    }

    private ReadResult reject(String record, String reason) {
        return new ReadResult.Rejected(new RecordError(source, record, reason));
    }

    private static String location(long paperNumber, long line) {
        return "record " + paperNumber + " at line " + line;
    }

    @Override
    public long linesRead() {
        return paragraphs.linesRead();
    }

    @Override
    public void close() throws IOException {
        paragraphs.close();
    }

    private ReadResult toResult(PendingPaper paper) {
        String title = paper.title().text();
        Optional<String> problem = RecordChecks.findProblem(title, paper.abstractText());
        if (problem.isPresent()) {
            return reject(location(paper.number(), paper.title().firstLine()), problem.get());
        }
        return new ReadResult.Accepted(new PaperRecord(source, paper.number(), null,
                title, paper.abstractText(), List.of(), List.of(), null));
    }

    /** A paper whose abstract may still continue in the next paragraph. */
    private record PendingPaper(long number, Paragraph title, String abstractText) {

        PendingPaper continuedBy(Paragraph more) {
            return new PendingPaper(number, title, abstractText + "\n\n" + more.text());
        }
    }
}
