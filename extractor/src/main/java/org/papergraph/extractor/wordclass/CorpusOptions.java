package org.papergraph.extractor.wordclass;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.extractor.read.ReadResult;
import picocli.CommandLine.Option;

/** The corpus a statistics command reads, and the ids of the papers it must leave out. */
final class CorpusOptions {

    /** How many rejected records are printed before the rest are only counted. */
    private static final int ERRORS_SHOWN = 5;

    @Option(names = "--input", paramLabel = "FILE", defaultValue = "../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz",
            description = "Corpus in JSON Lines, optionally gzipped (default: ${DEFAULT-VALUE}).")
    Path input = Path.of("");

    @Option(names = "--exclude", paramLabel = "FILE", defaultValue = "../shared/eval/RESERVED-IDS.txt",
            description = "Ids of papers never to read into the statistics, one per line (default: ${DEFAULT-VALUE}).")
    Path exclude = Path.of("");

    /**
     * Returns the ids to leave out, or null after saying on {@code err} why the exclusion list or
     * the corpus cannot be used.
     */
    @Nullable Set<String> excludedIds(PrintStream err) throws IOException {
        Set<String> ids;
        try {
            ids = readIds(exclude);
        } catch (NoSuchFileException e) {
            err.println("error: exclusion list " + exclude + " does not exist");
            return null;
        }
        if (!Files.isReadable(input)) {
            err.println("error: corpus " + input + " does not exist or cannot be read");
            return null;
        }
        return ids;
    }

    /** What reading the corpus left out: papers excluded by id, records the reader rejected. */
    static final class Skipped {
        final AtomicInteger excluded = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
    }

    /**
     * Returns the corpus's papers as a parallel stream, less those whose id is excluded, which are
     * dropped as soon as their id is read. Records the reader rejects are counted, and the first
     * {@value #ERRORS_SHOWN} reported on {@code err}. The stream holds the file open: close it.
     */
    Stream<PaperRecord> papers(Set<String> excludedIds, Skipped skipped, PrintStream err) {
        return CorpusReader.open(input).results().parallel().mapMulti((ReadResult result, Consumer<PaperRecord> keep) -> {
            switch (result) {
                case ReadResult.Rejected r -> {
                    if (skipped.rejected.incrementAndGet() <= ERRORS_SHOWN) {
                        err.println("skipped: " + r.error());
                    }
                }
                case ReadResult.Accepted a when a.paper().id() != null && excludedIds.contains(a.paper().id()) ->
                        skipped.excluded.incrementAndGet();
                case ReadResult.Accepted a -> keep.accept(a.paper());
            }
        });
    }

    /** Reads one id per line; blank lines and lines starting with {@code #} are skipped. */
    static Set<String> readIds(Path file) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
