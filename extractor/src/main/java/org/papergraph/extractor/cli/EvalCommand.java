package org.papergraph.extractor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.eval.Evaluation;
import org.papergraph.extractor.eval.Evaluator;
import org.papergraph.extractor.json.AnnotationJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code papergraph eval}: scores predictions (a file, or a corpus extracted on the spot) against
 * a gold file and prints precision, recall and F1 per aspect.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extracted annotations against a gold file (see GOLD-FORMAT.md).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "The gold annotations.")
    Path gold = Path.of("gold.jsonl");

    @ArgGroup(exclusive = true, multiplicity = "1")
    Predictions predictions = new Predictions();

    static final class Predictions {
        @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "Predictions, as written by extract.")
        Path pred;

        @Option(names = "--input", arity = "1..*", paramLabel = "CORPUS", description = "A corpus to extract and score.")
        List<Path> inputs;
    }

    @Option(names = "--details", description = "Also print each paper's misses and false hits.")
    boolean details;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads when extracting (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Evaluation evaluation;
        if (predictions.pred != null) {
            evaluation = Evaluator.evaluate(gold, predictions.pred);
        } else {
            CorpusFiles.Input input = CorpusFiles.read(predictions.inputs, System.err);
            List<String> lines = new ArrayList<>();
            try (PaperGraphExtractor extractor = PaperGraphExtractor.create(threads)) {
                CorpusExtraction extraction = extractor.extract(input.records());
                extraction.papers().forEach(p -> lines.add(AnnotationJson.toLine(p)));
            }
            evaluation = Evaluator.evaluate(gold, lines);
        }
        if (details) {
            evaluation.details().forEach(System.out::println);
            System.out.println();
        }
        System.out.print(evaluation.table());
        return 0;
    }

}
