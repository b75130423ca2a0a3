package org.papergraph.service.sparql.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.queries.NamedQueries;
import org.papergraph.queries.QueryLanguage;
import org.papergraph.service.GraphServiceApplication;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.PaperExtractor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Queries per second and p99 latency of three representative SPARQL queries (a look-up, a
 * property path, a join with aggregation: three named queries) with N concurrent clients,
 * against our {@code /sparql} and against a Fuseki server ({@code jena-fuseki-main}) serving
 * the same TDB2 dataset, in the same JVM and run, on loopback only. Rounds alternate between the
 * two servers so that drift hits both alike. A main, not a test: {@code bench/sparql.sh}.
 *
 * <p>Options: {@code --clients 8 --seconds 10 --rounds 2 --copies 1 --corpus FILE | --nq FILE}.
 * {@code --copies N} loads the corpus N times under renamed paper IRIs (concepts shared), for a
 * larger store.
 */
public final class SparqlBenchmark {

    private static final String PAPER_PREFIX = "https://papergraph.org/id/paper/";

    private SparqlBenchmark() {}

    /** The queries measured: a named query and its parameters. */
    private record Workload(String label, String name, Map<String, Node> params) {

        String text() {
            Query query = QueryFactory.create(NamedQueries.load().find(name, QueryLanguage.SPARQL).orElseThrow().text());
            Map<Var, Node> vars = new java.util.HashMap<>();
            params.forEach((k, v) -> vars.put(Var.alloc(k), v));
            return QueryTransformOps.replaceVars(query, vars).serialize();
        }
    }

    private record Stats(String target, String query, long requests, double seconds, double p50, double p99) {
        double qps() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = intOption(args, "--clients", 8);
        int seconds = intOption(args, "--seconds", 10);
        int rounds = intOption(args, "--rounds", 2);
        int copies = intOption(args, "--copies", 1);
        Path dataDir = Files.createTempDirectory("papergraph-sparql-bench");
        List<Workload> workloads = List.of(
                new Workload("look-up: papers-proposing PoolFormer", "papers-proposing",
                        Map.of("concept", NodeFactory.createLiteralString("PoolFormer"))),
                new Workload("path: concept-descendants Transformer", "concept-descendants",
                        Map.of("concept", NodeFactory.createLiteralString("Transformer"))),
                new Workload("join+group: co-mentioned pairs", "co-mentioned",
                        Map.of("minPapers", NodeFactory.createLiteralDT("2",
                                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
        try (ConfigurableApplicationContext context = GraphServiceApplication.start(true, List.of(
                "--server.port=0", "--papergraph.data-dir=" + dataDir, "--papergraph.neo4j.bolt-port=0",
                "--papergraph.neo4j.page-cache=128m", "--papergraph.projection.enabled=false",
                "--logging.level.root=warn", "--logging.level.org.apache.jena=warn"), Map.of(), c -> { })) {
            DatasetGraph data = corpus(args, context, copies);
            long start = System.nanoTime();
            context.getBean(GraphLoader.class).load(data);
            System.out.printf("loaded %d paper graphs (%d quads) into Neo4j and TDB2 in %.1f s%n",
                    countGraphs(data), data.stream().count(), (System.nanoTime() - start) / 1e9);
            int ours = ((WebServerApplicationContext) context).getWebServer().getPort();
            DatasetGraph tdb2 = DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
            tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
            FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", tdb2).build().start();
            try {
                run(workloads, Map.of("papergraph", "http://127.0.0.1:" + ours + "/sparql",
                        "fuseki", "http://127.0.0.1:" + fuseki.getPort() + "/ds/query"), clients, seconds, rounds);
            } finally {
                fuseki.stop();
            }
        }
        System.exit(0);
    }

    private static void run(List<Workload> workloads, Map<String, String> targets, int clients, int seconds, int rounds)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        List<String> order = List.of("papergraph", "fuseki");
        for (Workload w : workloads) {
            for (String target : order) {
                String body = send(http, targets.get(target), w.text());
                System.out.printf("check %-10s %-40s %d bytes of results%n", target, w.label(), body.length());
            }
        }
        System.out.printf("warm-up: %d s per query and server%n", Math.max(2, seconds / 2));
        for (Workload w : workloads) {
            for (String target : order) {
                measure(http, targets.get(target), target, w, clients, Math.max(2, seconds / 2));
            }
        }
        List<Stats> all = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Workload w : workloads) {
                List<String> roundOrder = round % 2 == 0 ? order : order.reversed();
                for (String target : roundOrder) {
                    all.add(measure(http, targets.get(target), target, w, clients, seconds));
                }
            }
        }
        report(workloads, all, clients, seconds, rounds);
    }

    /** Runs {@code clients} loops, each sending the query again as soon as it has the answer, for a bounded time. */
    private static Stats measure(HttpClient http, String url, String target, Workload w, int clients, int seconds)
            throws Exception {
        String query = w.text();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    send(http, url, query);
                    latencies.add(System.nanoTime() - t);
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> f : futures) {
            Arrays.stream(f.get()).forEach(latencies::add);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        latencies.sort(null);
        return new Stats(target, w.label(), latencies.size(), elapsed, percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    }

    private static String send(HttpClient http, String url, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(query))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void report(List<Workload> workloads, List<Stats> all, int clients, int seconds, int rounds) {
        System.out.printf("%n%d clients, %d round(s) of %d s per query and server, loopback, same JVM and TDB2 data%n",
                clients, rounds, seconds);
        System.out.printf("%-40s %-11s %9s %9s %9s %9s%n", "query", "server", "requests", "q/s", "p50 ms", "p99 ms");
        for (Workload w : workloads) {
            Stats ours = combine(all, w.label(), "papergraph");
            Stats fuseki = combine(all, w.label(), "fuseki");
            for (Stats s : List.of(ours, fuseki)) {
                System.out.printf("%-40s %-11s %9d %9.1f %9.2f %9.2f%n", s.query(), s.target(), s.requests(), s.qps(),
                        s.p50(), s.p99());
            }
            System.out.printf("%-40s %-11s %9s %8.2fx %9s %8.2fx%n", "", "ratio", "", ours.qps() / fuseki.qps(), "",
                    ours.p99() / fuseki.p99());
        }
    }

    /** Sums the rounds of one query on one server; percentiles are the rounds' mean. */
    private static Stats combine(List<Stats> all, String query, String target) {
        List<Stats> rounds = all.stream().filter(s -> s.query().equals(query) && s.target().equals(target)).toList();
        return new Stats(target, query, rounds.stream().mapToLong(Stats::requests).sum(),
                rounds.stream().mapToDouble(Stats::seconds).sum(),
                rounds.stream().mapToDouble(Stats::p50).average().orElse(Double.NaN),
                rounds.stream().mapToDouble(Stats::p99).average().orElse(Double.NaN));
    }

    private static DatasetGraph corpus(String[] args, ConfigurableApplicationContext context, int copies) {
        String nq = stringOption(args, "--nq", null);
        DatasetGraph one;
        if (nq != null) {
            one = DatasetGraphFactory.create();
            RDFParser.source(Path.of(nq)).parse(one);
        } else {
            List<PaperRecord> records = new ArrayList<>();
            CorpusReader.open(Path.of(stringOption(args, "--corpus", "examples/trending-papers.txt")))
                    .forEach(records::add, e -> { });
            System.out.printf("extracting %d records...%n", records.size());
            one = context.getBean(PaperExtractor.class).extract(records).dataset();
        }
        if (copies <= 1) {
            return one;
        }
        DatasetGraph many = DatasetGraphFactory.create();
        for (int i = 0; i < copies; i++) {
            String prefix = PAPER_PREFIX + "c" + i + "-";
            one.find().forEachRemaining(q -> many.add(Quad.create(rename(q.getGraph(), prefix), rename(q.getSubject(), prefix),
                    q.getPredicate(), rename(q.getObject(), prefix))));
        }
        return many;
    }

    private static Node rename(Node node, String prefix) {
        return node.isURI() && node.getURI().startsWith(PAPER_PREFIX)
                ? NodeFactory.createURI(prefix + node.getURI().substring(PAPER_PREFIX.length())) : node;
    }

    private static long countGraphs(DatasetGraph data) {
        long n = 0;
        for (var it = data.listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String value = stringOption(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringOption(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
