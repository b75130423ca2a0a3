package org.papergraph.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.sparql.StoreComparison;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code papergraph check}: compares Neo4j and the SPARQL store (papers, concepts, claims,
 * statements per predicate) and reports every difference. Exit status 0 when they agree, 1 when
 * they differ.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compares Neo4j and the SPARQL store: papers, concepts, claims, statements per predicate.",
            "Exits 0 when they agree and 1 when they differ. Opens the stores in the data directory,",
            "or asks a running service with --url. Other --name=value arguments go to Spring Boot."})
public final class CheckCommand implements Callable<Integer>, SpringBootCommand {

    @Option(names = "--url", paramLabel = "URL", description = "a running service, such as http://127.0.0.1:8080")
    @Nullable URI url;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public List<String> springArgs() {
        return springArgs;
    }

    @Override
    public Integer call() {
        StoreComparison.Report report = url != null ? ServiceClient.of(url).check() : checkLocally();
        System.out.println("papergraph check: Neo4j and " + report.sparqlStore());
        System.out.printf("%-40s %10s %10s%n", "count", "neo4j", "sparql");
        for (StoreComparison.Count count : report.counts()) {
            System.out.printf("%-40s %10d %10d%s%n", count.name(), count.neo4j(), count.sparql(),
                    count.agrees() ? "" : "   DIFFERENT");
        }
        int differences = report.differences().size();
        System.out.println(differences == 0 ? "0 differences: the stores agree"
                : differences + " difference(s): load the papers again to converge");
        return differences == 0 ? 0 : 1;
    }

    private StoreComparison.Report checkLocally() {
        try (ConfigurableApplicationContext context = GraphServiceApplication.start(false, springArgs,
                Map.of("papergraph.projection.enabled", "false", "logging.level.root", "warn"), c -> { })) {
            return context.getBean(StoreComparison.class).compare();
        }
    }
}
