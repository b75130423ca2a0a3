package org.papergraph.extractor.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.learn.ExtractionModels;
import picocli.CommandLine.Option;

/** The options that choose what decides a paper's graph: the trained models (shipped or a file) or the rules. */
final class DeciderOptions {

    @Option(names = "--decider", paramLabel = "MODELS|RULES",
            description = "What decides which concepts, relations and claims a paper's graph keeps: the trained models "
                    + "(default) or the hand-written rules alone.")
    PaperGraphExtractor.Decider decider = PaperGraphExtractor.Decider.MODELS;

    @Option(names = "--models", paramLabel = "MODELS.txt.gz", description = "Trained models to use instead of the shipped ones.")
    @Nullable Path models;

    /**
     * Opens an extractor as the options say.
     *
     * @throws IOException if the models file cannot be read
     */
    PaperGraphExtractor open(int threads) throws IOException {
        return models == null || decider == PaperGraphExtractor.Decider.RULES ? PaperGraphExtractor.create(threads, decider)
                : PaperGraphExtractor.create(threads, decider, ExtractionModels.read(models));
    }
}
