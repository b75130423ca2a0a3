package org.papergraph.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code papergraph load --from DIR}: loads {@code DIR/papers.nq} into Neo4j, then exits. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads DIR/papers.nq (from 'papergraph extract') into Neo4j.",
            "Papers already loaded are replaced. Other --name=value arguments go to Spring Boot."})
public final class LoadCommand implements Callable<Integer>, SpringBootCommand {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "directory with papers.nq")
    @SuppressWarnings("NullAway.Init")
    Path from;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    /** Returns the directory to load from. */
    public Path from() {
        return from;
    }

    @Override
    public List<String> springArgs() {
        return springArgs;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from.resolve(GraphLoader.PAPERS_FILE))) {
            System.err.println("papergraph load: no " + GraphLoader.PAPERS_FILE + " in " + from
                    + "; run 'papergraph extract' first");
            return 1;
        }
        try (ConfigurableApplicationContext context = GraphServiceApplication.start(false, springArgs,
                Map.of("papergraph.projection.enabled", "false"), c -> { })) {
            LoadReport report = context.getBean(GraphLoader.class).load(from);
            System.out.println("Loaded " + report);
            report.skipped().forEach(s -> System.err.println("skipped: " + s));
        }
        return 0;
    }
}
