package org.papergraph.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.learn.ExtractionModels;
import picocli.CommandLine;

/** {@code train} and {@code eval --cv} as a user runs them, on 40 of the shared training papers. */
class TrainAndCrossValidateIT {

    private static final Path GOLD = Path.of("../../shared/eval/train-gold.jsonl");
    private static final String CORPUS = "../../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz";
    private static final String RESERVED = "../../shared/eval/RESERVED-IDS.txt";

    @TempDir
    Path dir;

    private Path slice() throws Exception {
        assumeTrue(Files.exists(GOLD), "skipped: no training papers at " + GOLD.toAbsolutePath());
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, Files.readAllLines(GOLD).subList(0, 40));
        return gold;
    }

    @Test
    void train_writesModelsThatLoad() throws Exception {
        Path gold = slice();
        Path out = dir.resolve("models.txt.gz");
        int code = new CommandLine(new TrainCommand()).execute("--train-gold", gold.toString(), "--corpus", CORPUS,
                "--reserved", RESERVED, "--out", out.toString(), "--threads", "2");
        assertThat(code).isZero();
        assertThat(ExtractionModels.read(out).entities().labels()).contains("NONE", "Method");
    }

    @Test
    void evalCv_printsEachFoldAndTheMicroAverage() throws Exception {
        Path gold = slice();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            code = new CommandLine(new EvalCommand()).execute("--cv", "2", "--gold", gold.toString(), "--corpus", CORPUS,
                    "--reserved", RESERVED, "--threads", "2", "--pred-out", dir.resolve("pred.jsonl").toString(),
                    "--also-thresholds", "entity=0.5", "--also-thresholds", "entity=1");
        } finally {
            System.setOut(stdout);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("fold 1: entities (untyped)", "fold 2: entities (untyped)",
                "micro-averaged over the 2 held-out folds", "named methods+architectures", "quantitative value accuracy");
        List<String> predictions = Files.readAllLines(dir.resolve("pred.jsonl"));
        assertThat(predictions).hasSize(40).allSatisfy(line -> assertThat(line).startsWith("{").contains("\"entities\""));

        // the shipped entity threshold again gives the shipped table; a threshold no probability
        // passes keeps no entity at all
        String[] tables = printed.substring(printed.indexOf("micro-averaged")).split("\\R\\R(?=the same models)");
        assertThat(tables).hasSize(3);
        assertThat(tables[1]).startsWith("the same models with thresholds entity=0.5,proposed=0.4,relation=0.3,claim=0.45");
        assertThat(table(tables[1])).isEqualTo(table(tables[0]));
        assertThat(tables[2]).startsWith("the same models with thresholds entity=1.0,");
        assertThat(tables[2]).containsPattern("entities \\(untyped\\)\\s+\\S+\\s+\\S+\\s+\\S+\\s+0\\s");
        assertThat(tables[0]).doesNotContainPattern("entities \\(untyped\\)\\s+\\S+\\s+\\S+\\s+\\S+\\s+0\\s");
    }

    @Test
    void evalCv_foldModels_areWrittenOnce_andReadForTheSamePapersOnly() throws Exception {
        Path gold = slice();
        Path kept = dir.resolve("folds");
        Run first = bothFolds(gold, kept);
        List<Path> files = listing(kept);
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("fold-[12]-of-2-[0-9a-f]{16}\\.txt\\.gz"));
        // the models read back decode as the ones just trained did
        Run again = cv(gold, kept);
        assertThat(again.code).as(again.err).isZero();
        assertThat(again.out).isEqualTo(first.out);

        // a kept fold is read, not trained again: spoilt, it stops the run, naming the file
        Files.write(files.get(0), new byte[] {1, 2, 3});
        Run spoilt = cv(gold, kept);
        assertThat(spoilt.code).isNotZero();
        assertThat(spoilt.err).contains(files.get(0).toString(), "delete it to train that fold again");

        // other papers get models of their own
        Path fewer = Files.write(dir.resolve("fewer.jsonl"), Files.readAllLines(gold).subList(0, 30));
        assertThat(cv(fewer, kept).code).isZero();
        assertThat(listing(kept)).hasSize(4).containsAll(files);
    }

    @Test
    void evalCv_folds_trainsAndScoresOnlyTheFoldsAskedFor() throws Exception {
        Path gold = slice();
        Run both = bothFolds(gold, dir.resolve("folds"));

        Path alone = dir.resolve("alone");
        Run second = cv(gold, alone, "--folds", "2", "--pred-out", dir.resolve("pred.jsonl").toString());
        assertThat(second.code).as(second.err).isZero();
        // only the fold asked for was trained, and it scores as it does in the full run
        assertThat(listing(alone)).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).startsWith("fold-2-of-2-"));
        assertThat(second.out).doesNotContain("fold 1:").contains(line(both.out, "fold 2:"))
                .contains("micro-averaged over held-out fold 2 of 2");
        List<String> predicted = Files.readAllLines(dir.resolve("pred.jsonl"));
        assertThat(predicted).isNotEmpty().hasSizeLessThan(40);
        // its micro-average is that fold's own figures
        String foldNamed = line(both.out, "fold 2:").replaceAll(".*named methods\\+architectures (\\S+),.*", "$1");
        String[] row = line(second.out, "named methods+architectures ").substring("named methods+architectures".length()).trim().split("\\s+");
        assertThat(row[2]).isEqualTo(foldNamed);

        // models trained with other settings are kept apart: without the gold-style copies, a fold of their own
        Run goldStyle = cv(gold, alone, "--folds", "2", "--gold-style", "0");
        assertThat(goldStyle.code).as(goldStyle.err).isZero();
        assertThat(listing(alone)).hasSize(2).allSatisfy(f -> assertThat(f.getFileName().toString()).startsWith("fold-2-of-2-"));

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Run outside;
        try (PrintStream capture = new PrintStream(refused, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            outside = cv(gold, alone, "--folds", "3");
        } finally {
            System.setErr(stderr);
        }
        assertThat(outside.code).isEqualTo(2);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("--folds 3: there are folds 1 to 2");
        assertThat(new CommandLine(new EvalCommand()).execute("--folds", "1", "--gold", gold.toString())).isEqualTo(2);
        java.io.StringWriter usage = new java.io.StringWriter();
        assertThat(new CommandLine(new EvalCommand()).setErr(new java.io.PrintWriter(usage, true))
                .execute("--cv", "2", "--gold-style", "-1")).isEqualTo(2);
        assertThat(usage.toString()).contains("--gold-style -1.0: the copies' value must be 0 or more");
    }

    /** The first printed line that starts with the given text. */
    private static String line(String printed, String start) {
        return printed.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start + " in " + printed));
    }

    private record Run(int code, String out, String err) {}

    /** A full 2-fold run that keeps its fold models in the folder, which must succeed. */
    private static Run bothFolds(Path gold, Path kept) {
        Run run = cv(gold, kept);
        assertThat(run.code).as(run.err).isZero();
        return run;
    }

    /** Runs a 2-fold cross-validation with kept fold models, capturing what it prints. */
    private static Run cv(Path gold, Path foldModels, String... more) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        PrintStream stdout = System.out;
        CommandLine command = new CommandLine(new EvalCommand()).setErr(new java.io.PrintWriter(err, true));
        int code;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            List<String> args = new java.util.ArrayList<>(List.of("--cv", "2", "--gold", gold.toString(), "--corpus", CORPUS,
                    "--reserved", RESERVED, "--threads", "2", "--no-extra-gold", "--fold-models", foldModels.toString()));
            args.addAll(List.of(more));
            code = command.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        return new Run(code, bytes.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static List<Path> listing(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The rows of a printed table, without the line that says what it is. */
    private static String table(String printed) {
        return printed.substring(printed.indexOf("aspect")).strip();
    }

    @Test
    void evalCv_badAlsoThresholds_isRefusedBeforeAnyWork() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int code;
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            code = new CommandLine(new EvalCommand()).execute("--cv", "5", "--gold", "no-such-file.jsonl", "--also-thresholds", "entity=2");
        } finally {
            System.setErr(stderr);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--also-thresholds entity=2: 'entity=2': entity must lie between 0 and 1");
        assertThat(new CommandLine(new EvalCommand()).execute("--also-thresholds", "entity=0.4")).isEqualTo(2);
    }

    @Test
    void evalCv_extraGold_isTrainedOnInEveryFold_andNeverScored() throws Exception {
        assumeTrue(Files.exists(GOLD), "skipped: no training papers at " + GOLD.toAbsolutePath());
        List<String> lines = Files.readAllLines(GOLD);
        Path gold = Files.write(dir.resolve("gold.jsonl"), lines.subList(0, 20));
        Path extra = Files.write(dir.resolve("extra.jsonl"), lines.subList(20, 40));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int code;
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            code = new CommandLine(new EvalCommand()).execute("--cv", "2", "--gold", gold.toString(), "--extra-gold", extra.toString(),
                    "--corpus", CORPUS, "--reserved", RESERVED, "--threads", "2", "--pred-out", dir.resolve("pred.jsonl").toString());
        } finally {
            System.setErr(stderr);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("2-fold cross-validation on 20 papers", "each fold also trained on the 20 papers");
        assertThat(Files.readAllLines(dir.resolve("pred.jsonl")).stream().map(TrainAndCrossValidateIT::id).toList())
                .containsExactlyElementsOf(lines.subList(0, 20).stream().map(TrainAndCrossValidateIT::id).toList());
    }

    private static String id(String jsonLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(jsonLine);
        assertThat(m.find()).as(jsonLine).isTrue();
        return m.group(1);
    }

    @Test
    void evalCv_withoutGoldOrPredictions_explainsWhatItNeeds() {
        assertThat(new CommandLine(new EvalCommand()).execute("--details")).isEqualTo(2);
    }
}
