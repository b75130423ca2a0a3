package org.papergraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.papergraph.extractor.cli.EvalCommand;
import org.papergraph.extractor.cli.ExtractCommand;
import org.papergraph.extractor.cli.TrainCommand;
import org.papergraph.extractor.wordclass.PhraseFrequenciesCommand;
import org.papergraph.extractor.wordclass.WordClassesCommand;
import org.papergraph.service.CheckCommand;
import org.papergraph.service.LoadCommand;
import org.papergraph.service.QueryCommand;
import org.papergraph.service.ServeCommand;
import org.papergraph.service.SpringBootCommand;
import org.papergraph.service.system.StartupFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code papergraph} command line: {@code load} and {@code serve} start the Spring Boot
 * service; the extractor's {@code extract}, {@code eval}, {@code train} and {@code word-classes} run without it (Spring is never
 * touched for them).
 */
@Command(name = "papergraph", mixinStandardHelpOptions = true, version = "PaperGraph 0.1.0",
        description = "Builds a knowledge graph of papers and concepts from paper abstracts.",
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainCommand.class, WordClassesCommand.class,
            PhraseFrequenciesCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, CheckCommand.class})
public final class PaperGraphCommand implements Runnable {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    /** A Spring Boot property argument: {@code --name.with.dots=value}; none of our options has a dot. */
    private static final Pattern SPRING_PROPERTY = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*");

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line and returns its exit status. For the commands that start Spring
     * Boot, its properties ({@code --server.port=8081}) go to Spring wherever they stand.
     */
    public static int execute(String... args) {
        CommandLine cl = commandLine();
        CommandLine sub = Arrays.stream(args).map(cl.getSubcommands()::get).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (sub == null || !(sub.getCommand() instanceof SpringBootCommand command)) {
            return cl.execute(args);
        }
        List<String> ours = new ArrayList<>();
        for (String arg : args) {
            if (SPRING_PROPERTY.matcher(arg).matches()) {
                command.springArgs().add(arg);
            } else {
                ours.add(arg);
            }
        }
        return cl.execute(ours.toArray(String[]::new));
    }

    /** Returns the configured command line; see {@link #execute(String...)}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PaperGraphCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Optional<String> fixable = StartupFailures.explain(e);
            commandLine.getErr().println(commandLine.getColorScheme().errorText("papergraph "
                    + commandLine.getCommandName() + ": " + fixable.orElseGet(() -> message(e))));
            if (fixable.isPresent()) {
                return 2;
            }
            if (commandLine.getCommand() instanceof SpringBootCommand) {
                // Spring's own failure report is off for the command line (GraphServiceApplication.start).
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: extract, eval, train, word-classes, load, serve, query or check");
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
