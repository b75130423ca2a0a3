package org.papergraph.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code extract} end to end on a corpus with good and bad records. */
class ExtractCommandIT {

    private static final String GOOD = "We propose GridFormer, a vision transformer for image super-resolution. "
            + "Experiments show that GridFormer achieves 32.5 dB PSNR and outperforms SwinIR on the DIV2K benchmark.";

    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {}

    private Run extract(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new ExtractCommand()).execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(previous);
        }
    }

    @Test
    void extract_badRecords_reportedAndTheRestWritten() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, List.of(
                "{\"id\": \"2501.00001\", \"title\": \"GridFormer for super-resolution\", \"abstract\": \"" + GOOD + "\"}",
                "{\"id\": \"2501.00002\", \"title\": \"An empty one\", \"abstract\": \"\"}",
                "{\"id\": \"2501.00003\", \"title\": \"Broken\", \"abstract\": ",
                "{\"id\": \"2501.00004\", \"title\": \"GridFormer again\", \"abstract\": \"" + GOOD + "\", \"year\": 2025}"));
        Path out = dir.resolve("out");

        Run run = extract("--input", corpus.toString(), "--out", out.toString(), "--format", "jsonl,nq,ttl", "--threads", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("corpus.jsonl", "2501.00002", "line 3")
                .contains("2 record(s) failed");
        assertThat(Files.readAllLines(out.resolve("papers.jsonl"))).hasSize(2);
        Dataset dataset = RDFDataMgr.loadDataset(out.resolve("papers.nq").toString());
        assertThat(dataset.listModelNames()).toIterable().hasSize(2);
        assertThat(RDFDataMgr.loadModel(out.resolve("papers.ttl").toString()).size()).isGreaterThan(20);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("papers.jsonl", "papers.nq", "papers.ttl");
        }
    }

    @Test
    void extract_allGood_exitsZero() throws Exception {
        Path corpus = dir.resolve("one.jsonl");
        Files.writeString(corpus, "{\"id\": \"x1\", \"title\": \"GridFormer\", \"abstract\": \"" + GOOD + "\"}\n");
        Run run = extract("--input", corpus.toString(), "--out", dir.resolve("o").toString(), "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("o/papers.nq")).exists();
    }

    @Test
    void extract_missingFileAndUnknownFormat_clearErrors() {
        Run missing = extract("--input", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.jsonl");
        Run format = extract("--input", "x.txt", "--out", dir.toString(), "--format", "xml");
        assertThat(format.exitCode()).isNotZero();
        assertThat(format.err()).contains("unknown format 'xml'");
    }
}
