package org.papergraph.service;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.papergraph.queries.NamedQueries;
import org.papergraph.queries.NamedQuery;
import org.papergraph.queries.QueryLanguage;
import org.papergraph.queries.QueryParameter;
import org.papergraph.service.query.NamedQueryResult;
import org.papergraph.service.query.NamedQueryRunner;
import org.papergraph.service.system.ApiException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code papergraph query NAME --param k=v}: runs a named query of the library on the stores in
 * the data directory, or on a running service with {@code --url}, and prints the rows.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query (papergraph query --list shows them) and prints its rows.",
            "Opens the stores in the data directory, or asks a running service with --url.",
            "Other --name=value arguments go to Spring Boot."})
public final class QueryCommand implements Callable<Integer>, SpringBootCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the query's name")
    @Nullable String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "a parameter value (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--language", paramLabel = "cypher|sparql",
            description = "the language to run (default: SPARQL where the query has it)")
    @Nullable String language;

    @Option(names = "--limit", defaultValue = "100", description = "rows at most (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    String format = "table";

    @Option(names = "--url", paramLabel = "URL", description = "a running service, such as http://127.0.0.1:8080")
    @Nullable URI url;

    @Option(names = "--list", description = "lists the named queries and their parameters")
    boolean list;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public List<String> springArgs() {
        return springArgs;
    }

    @Override
    public Integer call() {
        if (list || name == null) {
            printCatalogue(System.out);
            return name == null && !list ? 2 : 0;
        }
        QueryLanguage chosen = language == null ? null : QueryLanguage.parse(language);
        RowPrinter.Format.parse(format);
        NamedQueryResult result;
        try {
            result = url != null ? ServiceClient.of(url).query(name, chosen, params, limit) : runLocally(chosen);
        } catch (ApiException e) {
            System.err.println("papergraph query: " + e.getBody().getDetail());
            return 1;
        }
        RowPrinter.print(System.out, RowPrinter.Format.parse(format), result);
        return 0;
    }

    private NamedQueryResult runLocally(@Nullable QueryLanguage chosen) {
        try (ConfigurableApplicationContext context = GraphServiceApplication.start(false, springArgs,
                Map.of("papergraph.projection.enabled", "false", "logging.level.root", "warn"), c -> { })) {
            return context.getBean(NamedQueryRunner.class).run(name, chosen, new LinkedHashMap<>(params), limit);
        }
    }

    private static void printCatalogue(PrintStream out) {
        NamedQueries catalogue = NamedQueries.load();
        for (String query : catalogue.names()) {
            NamedQuery preferred = catalogue.preferred(query);
            out.printf("%s (%s)%n    %s%n", query, String.join(", ",
                    catalogue.languages(query).stream().map(QueryLanguage::label).toList()), preferred.description());
            for (QueryParameter p : preferred.parameters()) {
                out.printf("    --param %s=%s  %s%s%n", p.name(), p.type().label().toUpperCase(java.util.Locale.ROOT),
                        p.description(), p.required() ? "" : " (default " + p.defaultValue() + ")");
            }
        }
    }
}
