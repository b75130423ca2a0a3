package org.papergraph.extractor.wordclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.eval.Normalizer;
import picocli.CommandLine;

/** Runs the command on the tiny synthetic corpus of {@link WordClassesCommandTest}. */
class PhraseFrequenciesCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @Test
    void phrases_areConceptKeysOfOneToFourWords_withoutFunctionWordsAtTheEnds() {
        PaperRecord paper = new PaperRecord("test", 1, "x", "Vision Transformers for U-Net segmentation",
                "We train the Vision-Transformer model.", List.of(), List.of(), null);

        assertThat(PhraseFrequenciesCommand.phrases(paper))
                .contains("vision transformer", "unet", "unet segmentation", "visiontransformer model", "train",
                        "vision transformers for unet")
                .contains(Normalizer.entity("Vision-Transformers"))
                .doesNotContain("the visiontransformer", "vision transformers for", "for", "we train the visiontransformer");
    }

    @Test
    void call_countsPapersNotOccurrences_andLeavesReservedPapersOut() throws Exception {
        Path out = dir.resolve("df.tsv.gz");

        assertThat(run(out, resource("tiny-reserved.txt"), "2")).isZero();

        // 20 papers of the file name "foobench", most of them several times
        assertThat(lines(out)).contains("#min-count\t2").anyMatch(l -> l.startsWith("foobench\t20\t"))
                .noneMatch(l -> l.startsWith("zorblax\t"));
        assertThat(read(out).minCount()).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("read 40 papers (1 excluded by id");
    }

    @Test
    void call_keepsTheDatesOfThePapersThatUsedAPhraseFirst() throws Exception {
        Path corpus = dir.resolve("dated.jsonl");
        Files.writeString(corpus, String.join("\n",
                paper("a", "2025-05-02", "FooNet is used again."),
                paper("b", "2025-03-18", "We propose FooNet, a new network."),
                paper("c", null, "FooNet works well."),
                paper("d", "2025-04-01", "FooNets beat the baselines.")) + "\n");
        Path out = dir.resolve("dated.tsv.gz");
        PhraseFrequenciesCommand command = new PhraseFrequenciesCommand();
        command.err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        int status = new CommandLine(command).execute("--input", corpus.toString(), "--exclude", resource("tiny-reserved.txt").toString(),
                "--out", out.toString(), "--min-count", "2");

        assertThat(status).isZero();
        // four papers, three of them dated; the 1st and 3rd earliest dated ones are kept
        assertThat(lines(out)).contains("foonet\t4\t" + PhraseFrequencies.day("2025-03-18") + "," + PhraseFrequencies.day("2025-05-02"));
        PhraseFrequencies table = read(out);
        assertThat(table.papersBefore("foonet", PhraseFrequencies.day("2025-03-18"))).isZero();
        assertThat(table.papersBefore("foonet", PhraseFrequencies.day("2025-04-02"))).isEqualTo(1);
        assertThat(table.papersBefore("foonet", PhraseFrequencies.day("2025-06-01"))).isEqualTo(3);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("1 without a date");
    }

    private static String paper(String id, String date, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"Paper " + id + "\", \"abstract\": \"" + abstractText + " "
                + "It is evaluated on several benchmarks and compared with strong baselines in detail.\""
                + (date == null ? "" : ", \"date\": \"" + date + "\"") + "}";
    }

    @Test
    void call_sameInputTwice_writesSameSortedBytes() throws Exception {
        Path first = dir.resolve("first.tsv.gz");
        Path second = dir.resolve("second.tsv.gz");

        assertThat(run(first, resource("tiny-reserved.txt"), "1")).isZero();
        assertThat(run(second, resource("tiny-reserved.txt"), "1")).isZero();

        assertThat(Files.readAllBytes(first)).isNotEmpty().isEqualTo(Files.readAllBytes(second));
        List<String> phrases = lines(first).stream().skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toList();
        assertThat(phrases).isNotEmpty().isSortedAccordingTo(String::compareTo);
    }

    @Test
    void call_missingCorpus_failsNamingItWithoutWriting() throws Exception {
        Path out = dir.resolve("df.tsv.gz");
        PhraseFrequenciesCommand command = new PhraseFrequenciesCommand();
        command.err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        int status = new CommandLine(command).execute("--input", dir.resolve("no-such-corpus.jsonl").toString(),
                "--exclude", resource("tiny-reserved.txt").toString(), "--out", out.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("no-such-corpus.jsonl");
        assertThat(out).doesNotExist();
    }

    private int run(Path out, Path exclude, String minCount) throws URISyntaxException {
        PhraseFrequenciesCommand command = new PhraseFrequenciesCommand();
        command.err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new CommandLine(command).execute("--input", resource("tiny-corpus.jsonl").toString(), "--exclude", exclude.toString(),
                "--out", out.toString(), "--min-count", minCount);
    }

    private static PhraseFrequencies read(Path gz) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            return PhraseFrequencies.read(in, gz.toString());
        }
    }

    private static List<String> lines(Path gz) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PhraseFrequenciesCommandTest.class.getClassLoader().getResource("wordclass/" + name).toURI());
    }
}
