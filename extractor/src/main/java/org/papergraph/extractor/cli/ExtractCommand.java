package org.papergraph.extractor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code papergraph extract}: reads corpora, extracts every paper, and writes {@code papers.jsonl}
 * and the RDF files into the output directory.
 *
 * <p>Exit status: 0 when every record succeeded, 1 when some records failed (the others are
 * written), 2 when nothing could be done.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract concepts, relations and claims from paper abstracts into JSON Lines and RDF.")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Corpus files: scraped page text (.txt) or JSON Lines (.jsonl, .jsonl.gz).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out = Path.of("out");

    @Option(names = "--format", split = ",", defaultValue = "jsonl,nq", paramLabel = "FORMAT",
            description = "Comma-separated outputs among jsonl, nq, trig, ttl, jsonld (default: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>();

    @picocli.CommandLine.Mixin
    DeciderOptions decision = new DeciderOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", paramLabel = "N", description = "Extract only the first N records.")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Set<OutputFormat> chosen = new LinkedHashSet<>();
        try {
            for (String f : formats) {
                chosen.add(OutputFormat.parse(f));
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        CorpusFiles.Input input = CorpusFiles.read(inputs, err, limit);
        List<PaperRecord> records = input.records();
        if (records.isEmpty()) {
            err.println("error: no records to extract in " + inputs);
            return 2;
        }
        Files.createDirectories(out);
        CorpusExtraction extraction = extract(records, err);
        for (OutputFormat format : chosen) {
            err.println("wrote " + CorpusFiles.write(extraction, format, out));
        }
        List<RecordError> errors = new ArrayList<>(input.errors());
        errors.addAll(extraction.errors());
        extraction.errors().forEach(e -> err.println("error: " + e));
        err.println(summary(extraction, records.size(), errors.size()));
        return errors.isEmpty() ? 0 : 1;
    }

    private CorpusExtraction extract(List<PaperRecord> records, PrintStream err) throws java.io.IOException {
        Progress progress = new Progress(records.size(), err);
        try (PaperGraphExtractor extractor = decision.open(threads)) {
            return extractor.extract(records, progress::update);
        }
    }

    static String summary(CorpusExtraction extraction, int records, int errors) {
        int entities = extraction.papers().stream().mapToInt(p -> p.entities().size()).sum();
        int relations = extraction.papers().stream().mapToInt(p -> p.relations().size()).sum();
        int claims = extraction.papers().stream().mapToInt(p -> p.claims().size()).sum();
        return String.format("extracted %d of %d records: %d entities (%d concepts), %d relations, %d claims; %d record(s) failed",
                extraction.papers().size(), records, entities, extraction.concepts().size(), relations, claims, errors);
    }

    /** Prints progress to stderr at most every 10 seconds on long runs. */
    static final class Progress {
        private final int total;
        private final PrintStream err;
        private final long start = System.nanoTime();
        private long lastPrint = System.nanoTime();

        Progress(int total, PrintStream err) {
            this.total = total;
            this.err = err;
        }

        synchronized void update(int done) {
            long now = System.nanoTime();
            if (now - lastPrint > 10_000_000_000L || (done == total && total >= 200)) {
                lastPrint = now;
                double seconds = (now - start) / 1e9;
                err.printf("extracted %d/%d records (%.1f/s)%n", done, total, done / seconds);
            }
        }
    }
}
