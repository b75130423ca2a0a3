package org.papergraph.extractor.cli;

import org.papergraph.extractor.wordclass.PhraseFrequenciesCommand;
import org.papergraph.extractor.wordclass.WordClassesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The extractor's own command line, {@code extract} and {@code eval} without the graph service:
 * {@code java -cp ... org.papergraph.extractor.cli.ExtractorCli extract --input ... --out ...}.
 * The product's {@code papergraph} command offers the same two commands beside the service's.
 */
@Command(name = "papergraph-extractor", mixinStandardHelpOptions = true,
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainCommand.class, WordClassesCommand.class,
                PhraseFrequenciesCommand.class},
        description = "Extract a knowledge graph of papers and concepts from abstracts, and score it.")
public final class ExtractorCli {

    private ExtractorCli() {}

    /** Runs a command and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractorCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
