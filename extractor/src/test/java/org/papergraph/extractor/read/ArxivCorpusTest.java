package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.RecordError;

/**
 * Reads the shared arXiv abstracts (beside the project, {@code ../shared}); skipped when they are
 * absent.
 */
class ArxivCorpusTest {

    /** The shared arXiv file, relative to the shared directory. */
    static final String ARXIV_FILE = "data/abstracts/arxiv_cs_2025_2026.jsonl.gz";

    private static Path arxivFile() {
        Optional<Path> file = TestFiles.sharedFile(ARXIV_FILE);
        assumeTrue(file.isPresent(), "shared " + ARXIV_FILE + " not found; set -D" + TestFiles.SHARED_PROPERTY
                + "=<dir> to run this test");
        return file.get();
    }

    @Test
    void results_first5000Records_rejectsAtMostAHandful() {
        List<ReadResult> results;
        try (Stream<ReadResult> stream = CorpusReader.open(arxivFile()).results()) {
            results = stream.limit(5_000).toList();
        }

        List<RecordError> errors = results.stream()
                .flatMap(result -> result instanceof ReadResult.Rejected(RecordError error) ? Stream.of(error) : Stream.empty())
                .toList();
        assertThat(results).hasSize(5_000);
        assertThat(errors).as("rejected records").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void forEach_wholeArxivFile_readsEveryRecord() {
        AtomicLong papers = new AtomicLong();
        AtomicLong errors = new AtomicLong();

        CorpusReader.open(arxivFile()).forEach(paper -> papers.incrementAndGet(), error -> errors.incrementAndGet());

        assertThat(papers.get() + errors.get()).isEqualTo(96_250);
        assertThat(errors.get()).isLessThanOrEqualTo(5);
    }
}
