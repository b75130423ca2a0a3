package org.papergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.papergraph.service.LoadCommand;
import org.papergraph.service.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class PaperGraphCommandTest {

    @Test
    void serve_inputsAndSpringArguments_areKeptApart() {
        ParseResult parsed = PaperGraphCommand.commandLine().parseArgs("serve", "--input", "a.txt", "b.jsonl");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(serve.inputs()).containsExactly(Path.of("a.txt"), Path.of("b.jsonl"));
    }

    @Test
    void execute_springPropertyAfterVarargs_reachesSpringNotInputs(@org.junit.jupiter.api.io.TempDir Path dir) {
        // A missing corpus fails after parsing, before Spring or CoreNLP start, with 2; were
        // --server.port=8081 taken as an input, picocli would fail to parse.
        assertThat(PaperGraphCommand.execute("serve", "--input", dir.resolve("none.txt").toString(),
                "--server.port=8081")).isEqualTo(2);
    }

    @Test
    void subcommands_includeTheExtractors() {
        assertThat(PaperGraphCommand.commandLine().getSubcommands()).containsKeys("extract", "eval", "load", "serve");
    }

    @Test
    void load_from_andSpringArguments() {
        ParseResult parsed = PaperGraphCommand.commandLine()
                .parseArgs("load", "--papergraph.data-dir=/tmp/x", "--from", "out");
        LoadCommand load = (LoadCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(load.from()).isEqualTo(Path.of("out"));
        assertThat(load.springArgs()).containsExactly("--papergraph.data-dir=/tmp/x");
    }

    @Test
    void noCommand_usageError() {
        CommandLine cl = PaperGraphCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing a command");
    }

    @Test
    void load_missingPapersFile_exitsOneWithoutStartingSpring(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(PaperGraphCommand.commandLine().execute("load", "--from", dir.toString())).isEqualTo(1);
    }
}
