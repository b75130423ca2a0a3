package org.papergraph.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.papergraph.service.load.StartupInput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
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
        StartupInput input = null;
        if (!inputs.isEmpty()) {
            // TODO extract with org.papergraph.extractor.PaperGraphExtractor once the extractor module has it.
            System.err.println("papergraph serve --input: the extractor is not in this build yet");
            return 1;
        }
        StartupInput startup = input;
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = GraphServiceApplication.start(true, springArgs, Map.of(), c -> {
            if (startup != null) {
                c.registerBean(StartupInput.class, () -> startup);
            }
        });
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
