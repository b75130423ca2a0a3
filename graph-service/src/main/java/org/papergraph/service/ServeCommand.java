package org.papergraph.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.cli.CorpusFiles;
import org.papergraph.service.load.StartupInput;
import org.papergraph.service.system.Neo4jConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code papergraph serve [--input CORPUS...]}: extracts and loads the corpora if given, then
 * serves the HTTP API until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (and Bolt, when Neo4j is embedded).",
            "With --input, extracts and loads the corpora first. Other --name=value arguments go to Spring Boot."})
public final class ServeCommand implements Callable<Integer>, SpringBootCommand {

    @Option(names = "--input", arity = "1..*", paramLabel = "CORPUS", description = "corpus files to extract and load")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "2", description = "extraction threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--decider", paramLabel = "MODELS|RULES", defaultValue = "MODELS",
            description = "what decides the --input papers' graphs: the shipped trained models (default) or the rules alone")
    PaperGraphExtractor.Decider decider = PaperGraphExtractor.Decider.MODELS;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    /** Returns the corpora to extract and load before serving. */
    public List<Path> inputs() {
        return inputs;
    }

    @Override
    public List<String> springArgs() {
        return springArgs;
    }

    @Override
    public Integer call() throws InterruptedException {
        PaperGraphExtractor extractor = null;
        StartupInput input = null;
        if (!inputs.isEmpty()) {
            extractor = PaperGraphExtractor.create(Math.max(1, threads), decider);
            input = extract(extractor);
            if (input == null) {
                extractor.close();
                return 2;
            }
        }
        StartupInput startup = input;
        PaperGraphExtractor warm = extractor;
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = GraphServiceApplication.start(true, springArgs, Map.of(), c -> {
            if (startup != null && warm != null) {
                c.registerBean(StartupInput.class, () -> startup);
                c.registerBean(PaperGraphExtractor.class, () -> warm);
            }
        });
        Neo4jConnection neo4j = context.getBean(Neo4jConnection.class);
        Environment env = context.getEnvironment();
        System.out.printf("PaperGraph serving http://%s:%s, Bolt on %s (user %s)%n", env.getProperty("server.address",
                "127.0.0.1"), env.getProperty("local.server.port"), neo4j.uri(), neo4j.user());
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }

    /** Reads and extracts the inputs, reporting bad records on stderr; null when nothing could be read. */
    private @Nullable StartupInput extract(PaperGraphExtractor extractor) {
        List<PaperRecord> records = CorpusFiles.read(inputs, System.err).records();
        if (records.isEmpty()) {
            System.err.println("papergraph serve: no records to extract in " + inputs);
            return null;
        }
        System.err.printf("papergraph serve: extracting %d records with %d thread(s)...%n", records.size(), threads);
        long start = System.nanoTime();
        CorpusExtraction extraction = extractor.extract(records);
        extraction.errors().forEach(e -> System.err.println("error: " + e));
        System.err.printf("papergraph serve: extracted %d papers in %.0f s%n", extraction.papers().size(),
                (System.nanoTime() - start) / 1e9);
        return new StartupInput(extraction.toDatasetGraph());
    }
}
