package org.papergraph.extractor.wordclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the command on a tiny synthetic corpus (src/test/resources/wordclass/tiny-corpus.jsonl):
 * 40 papers on made-up models and benchmarks, plus one paper, 9901.99999, whose words "zorblax"
 * and "quuxify" occur nowhere else.
 */
class WordClassesCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @Test
    void call_sameInputTwice_writesSameBytes() throws Exception {
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");

        assertThat(run(first, resource("tiny-reserved.txt"))).isZero();
        assertThat(run(second, resource("tiny-reserved.txt"))).isZero();

        assertThat(Files.readAllBytes(first)).isNotEmpty().isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void call_reservedId_leavesItsWordsOut() throws Exception {
        Path withExclusion = dir.resolve("excluded.tsv");
        Path noExclusion = dir.resolve("all.tsv");
        Path emptyList = Files.writeString(dir.resolve("none.txt"), "");

        assertThat(run(withExclusion, resource("tiny-reserved.txt"))).isZero();
        assertThat(run(noExclusion, emptyList)).isZero();

        assertThat(classes(noExclusion)).containsKeys("zorblax", "quuxify");
        assertThat(classes(withExclusion)).doesNotContainKeys("zorblax", "quuxify").containsKeys("alphanet", "foobench");
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("read 40 papers (1 excluded by id");
    }

    @Test
    void call_writesSortedLinesWithTheAskedNumberOfClasses() throws Exception {
        Path out = dir.resolve("classes.tsv");

        assertThat(run(out, resource("tiny-reserved.txt"))).isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).isSortedAccordingTo(String::compareTo).allMatch(l -> l.matches("[^\\t\\s]+\\tC[0-2]"));
        assertThat(classes(out).values()).containsOnly("C0", "C1", "C2").contains("C0", "C1", "C2");
        // words are the pipeline's tokens, lowercased: "Alphanet:" gives "alphanet" and ":".
        assertThat(classes(out)).containsKeys("alphanet", ":", "we").doesNotContainKey("Alphanet");
    }

    @Test
    void call_missingExclusionList_failsNamingIt() throws Exception {
        Path missing = dir.resolve("no-such-ids.txt");

        assertThat(run(dir.resolve("out.tsv"), missing)).isEqualTo(2);

        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("exclusion list").contains("no-such-ids.txt");
        assertThat(dir.resolve("out.tsv")).doesNotExist();
    }

    @Test
    void call_moreClassesThanWords_failsWithoutWriting() throws Exception {
        Path out = dir.resolve("out.tsv");

        assertThat(run(out, resource("tiny-reserved.txt"), "--classes", "500")).isEqualTo(2);

        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("too few for --classes 500");
        assertThat(out).doesNotExist();
    }

    @Test
    void call_zeroWindow_isRejected() throws Exception {
        assertThat(run(dir.resolve("out.tsv"), resource("tiny-reserved.txt"), "--window", "0")).isEqualTo(2);

        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--window").contains("at least 1");
    }

    private int run(Path out, Path exclude, String... extra) throws URISyntaxException {
        WordClassesCommand command = new WordClassesCommand();
        command.err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(
                "--input", resource("tiny-corpus.jsonl").toString(), "--exclude", exclude.toString(),
                "--out", out.toString(), "--classes", "3", "--min-count", "2", "--contexts", "20", "--dims", "4"));
        args.addAll(List.of(extra));
        // extra options override the small defaults above
        return new CommandLine(command).setOverwrittenOptionsAllowed(true).execute(args.toArray(String[]::new));
    }

    private static Map<String, String> classes(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().map(l -> l.split("\t")).collect(Collectors.toMap(f -> f[0], f -> f[1]));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WordClassesCommandTest.class.getClassLoader().getResource("wordclass/" + name).toURI());
    }
}
