package org.papergraph.service.explore;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.service.GraphServiceApplication;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The graph service benchmark (not a test): load time and quads/s for the seed corpus and for
 * the first 10,000 arXiv records; p50/p99 latency of neighbourhood (depth 2) and path (k = 3)
 * requests from 8 concurrent HTTP clients; JGraphT shortest path against Cypher
 * {@code shortestPath} on the same pairs. A corpus is extracted once into its directory
 * ({@code papers.nq}) and reused; one that is absent is skipped with a message.
 *
 * <p>Run: {@code ./mvnw -B -pl graph-service -Pbench -DskipTests package}; options go in
 * {@code -Dbench.args="--clients 8 --requests 800"} (see {@link Options}).
 */
public final class GraphBenchmark {

    private static final String RELATIONS = "INSTANCE_OF|BASED_ON|USES_METHOD|ADDRESSES|EVALUATED_ON|OUTPERFORMS|COMPARED_WITH";

    private GraphBenchmark() {}

    /**
     * Benchmark settings.
     *
     * @param seedCorpus the seed corpus
     * @param seedDir where the seed's extraction is cached
     * @param largeCorpus the arXiv corpus
     * @param largeDir where the first {@code largeLimit} records' extraction is cached
     * @param largeLimit how many arXiv records
     * @param workDir where the Neo4j stores go (wiped per corpus)
     * @param clients concurrent HTTP clients
     * @param requests timed requests per query kind
     * @param pairs concept pairs for JGraphT against Cypher
     * @param threads extraction threads
     * @param reload whether to time a second load of the same papers (replacing them)
     */
    record Options(Path seedCorpus, Path seedDir, Path largeCorpus, Path largeDir, int largeLimit, Path workDir,
            int clients, int requests, int pairs, int threads, boolean reload) {

        static Options parse(String[] args) {
            Map<String, String> a = new java.util.HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            Path target = Path.of(a.getOrDefault("target", "target/bench"));
            return new Options(Path.of(a.getOrDefault("seed-corpus", "../examples/trending-papers.txt")),
                    target.resolve("seed"),
                    Path.of(a.getOrDefault("large-corpus", "/work/shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz")),
                    Path.of(a.getOrDefault("large-dir", target.resolve("arxiv-10k").toString())),
                    Integer.parseInt(a.getOrDefault("large-limit", "10000")), target.resolve("neo4j"),
                    Integer.parseInt(a.getOrDefault("clients", "8")), Integer.parseInt(a.getOrDefault("requests", "800")),
                    Integer.parseInt(a.getOrDefault("pairs", "200")), Integer.parseInt(a.getOrDefault("threads", "2")),
                    Boolean.parseBoolean(a.getOrDefault("reload", "true")));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.println("# PaperGraph graph-service benchmark, " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        run("seed", options.seedCorpus(), options.seedDir(), Integer.MAX_VALUE, options, false);
        run("arxiv", options.largeCorpus(), options.largeDir(), options.largeLimit(), options, true);
        System.exit(0);
    }

    private static void run(String name, Path corpus, Path dir, int limit, Options options, boolean latency)
            throws Exception {
        Path quads = dir.resolve(GraphLoader.PAPERS_FILE);
        if (!Files.isRegularFile(quads)) {
            if (!Files.isRegularFile(corpus)) {
                System.out.printf("## %s: skipped, neither %s nor the corpus %s exists%n", name, quads, corpus);
                return;
            }
            extract(corpus, dir, limit, options.threads());
        }
        long parseStart = System.nanoTime();
        DatasetGraph dataset = GraphLoader.read(quads);
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
        Path store = options.workDir().resolve(name);
        deleteRecursively(store);
        try (ConfigurableApplicationContext context = GraphServiceApplication.start(true, List.of("--server.port=0",
                "--papergraph.data-dir=" + store, "--papergraph.neo4j.bolt-port=0", "--papergraph.neo4j.page-cache=1g",
                "--logging.level.org.papergraph=warn"), Map.of(), c -> { })) {
            GraphLoader loader = context.getBean(GraphLoader.class);
            LoadReport first = loader.load(dataset);
            LoadReport again = options.reload() ? loader.load(dataset) : null;
            ConceptGraph graph = context.getBean(ConceptGraphProjection.class).current();
            System.out.printf("## %s: %d papers, %d quads (N-Quads parse %.1f s)%n", name, first.papers(), first.quads(),
                    parseSeconds);
            System.out.printf("stores: %s%n", context.getBeansOfType(org.papergraph.service.load.GraphStore.class)
                    .values().stream().map(org.papergraph.service.load.GraphStore::name).toList());
            System.out.printf("load into empty graph: %.1f s, %.0f quads/s%n", first.elapsed().toMillis() / 1e3,
                    first.quadsPerSecond());
            if (again != null) {
                System.out.printf("load again (replace): %.1f s, %.0f quads/s%n", again.elapsed().toMillis() / 1e3,
                        again.quadsPerSecond());
            }
            System.out.printf("graph: %d nodes, %d relationships; concept graph %d concepts, %d relations%n",
                    count(context, "MATCH (n) RETURN count(n)"), count(context, "MATCH ()-[r]->() RETURN count(r)"),
                    graph.graph().vertexSet().size(), graph.graph().edgeSet().size());
            if (latency) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                measureLatency(port, graph, options);
                compareShortestPaths(context.getBean(Driver.class), graph, options.pairs());
            }
        }
    }

    private static void extract(Path corpus, Path dir, int limit, int threads) throws IOException {
        List<PaperRecord> records = new ArrayList<>();
        CorpusReader.open(corpus).forEach(r -> {
            if (records.size() < limit) {
                records.add(r);
            }
        }, e -> { });
        System.out.printf("extracting %d records of %s with %d threads (cached in %s)...%n", records.size(), corpus,
                threads, dir);
        long start = System.nanoTime();
        CorpusExtraction extraction;
        try (PaperGraphExtractor extractor = PaperGraphExtractor.create(threads)) {
            extraction = extractor.extract(records);
        }
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(GraphLoader.PAPERS_FILE))) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            extraction.writeQuads(stream);
            stream.finish();
        }
        System.out.printf("extracted %d papers in %.0f s%n", extraction.papers().size(), (System.nanoTime() - start) / 1e9);
    }

    /** Neighbourhood (depth 2) and path (k = 3) requests over HTTP from concurrent clients. */
    private static void measureLatency(int port, ConceptGraph graph, Options options) throws Exception {
        Random random = new Random(42);
        List<ConceptSummary> connected = connectedConcepts(graph);
        List<String> hoods = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < options.requests(); i++) {
            ConceptSummary c = connected.get(random.nextInt(connected.size()));
            hoods.add("/api/concepts/" + enc(c.id()) + "/neighbourhood?depth=2&limit=50");
            ConceptSummary d = connected.get(random.nextInt(connected.size()));
            paths.add("/api/paths?k=3&maxLength=4&from=" + enc(c.id()) + "&to=" + enc(d.id()));
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(options.clients())).build();
        timeRequests(http, port, hoods.subList(0, Math.min(100, hoods.size())), options.clients());
        report("neighbourhood depth=2 limit=50", timeRequests(http, port, hoods, options.clients()), options.clients());
        timeRequests(http, port, paths.subList(0, Math.min(100, paths.size())), options.clients());
        report("paths k=3 maxLength=4", timeRequests(http, port, paths, options.clients()), options.clients());
    }

    private static List<ConceptSummary> connectedConcepts(ConceptGraph graph) {
        var components = new ConnectivityInspector<>(graph.graph()).connectedSets();
        Set<String> largest = components.stream().max(java.util.Comparator.comparingInt(Set::size)).orElse(Set.of());
        System.out.printf("largest connected component: %d of %d concepts%n", largest.size(), graph.concepts().size());
        return largest.stream().sorted().map(iri -> graph.concept(iri).orElseThrow()).toList();
    }

    private static List<Long> timeRequests(HttpClient http, int port, List<String> urls, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (String url : urls) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + url)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
                    }
                    return System.nanoTime() - start;
                }));
            }
            List<Long> nanos = new ArrayList<>();
            for (Future<Long> f : futures) {
                nanos.add(f.get());
            }
            return nanos;
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, List<Long> nanos, int clients) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s, %d requests, %d clients: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.size(),
                clients, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted.getLast() / 1e6);
    }

    /** JGraphT (in process, on the projection) against Cypher shortestPath (over Bolt) on the same pairs. */
    private static void compareShortestPaths(Driver driver, ConceptGraph graph, int pairs) {
        Random random = new Random(7);
        List<ConceptSummary> connected = connectedConcepts(graph);
        var undirected = graph.undirected();
        String cypher = "MATCH (a:Concept {iri: $a}), (b:Concept {iri: $b}) "
                + "MATCH p = shortestPath((a)-[:" + RELATIONS + "*..8]-(b)) RETURN length(p) AS length";
        List<Long> bidirectional = new ArrayList<>();
        List<Long> jgrapht = new ArrayList<>();
        List<Long> yen = new ArrayList<>();
        List<Long> neo4j = new ArrayList<>();
        int agree = 0;
        try (Session session = driver.session()) {
            for (int i = 0; i < pairs + 20; i++) {
                ConceptSummary a = connected.get(random.nextInt(connected.size()));
                ConceptSummary b = connected.get(random.nextInt(connected.size()));
                if (a.iri().equals(b.iri())) {
                    continue;
                }
                long t0 = System.nanoTime();
                var path = org.jgrapht.alg.shortestpath.BFSShortestPath.findPathBetween(undirected, a.iri(), b.iri());
                long t1 = System.nanoTime();
                PathFinder.find(graph, a, b, 3, 4, Set.of(), 3);
                long t2 = System.nanoTime();
                var record = session.executeRead(tx -> tx.run(cypher, Map.of("a", a.iri(), "b", b.iri())).list());
                long t3 = System.nanoTime();
                new org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath<>(undirected).getPath(a.iri(), b.iri());
                long t4 = System.nanoTime();
                if (i < 20) {
                    continue; // warm-up
                }
                jgrapht.add(t1 - t0);
                yen.add(t2 - t1);
                neo4j.add(t3 - t2);
                bidirectional.add(t4 - t3);
                int cypherLength = record.isEmpty() ? -1 : record.getFirst().get("length").asInt();
                if (path != null && path.getLength() == cypherLength) {
                    agree++;
                }
            }
        }
        report("JGraphT BFS shortest path (in process)", jgrapht, 1);
        report("JGraphT bidirectional Dijkstra shortest path (in process)", bidirectional, 1);
        report("JGraphT Yen k=3 paths, maxLength 4, as /api/paths (in process)", yen, 1);
        report("Cypher shortestPath *..8 over Bolt", neo4j, 1);
        System.out.printf("same shortest length from both: %d of %d pairs%n", agree, jgrapht.size());
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long count(ConfigurableApplicationContext context, String cypher) {
        try (Session session = context.getBean(Driver.class).session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
