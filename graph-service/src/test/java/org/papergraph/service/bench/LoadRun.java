package org.papergraph.service.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load run of issue 9: {@code --connections} clients (32), each on its own HTTP connection,
 * send concept searches (autocomplete prefixes and typos of real concept names), neighbourhoods
 * (depth 2, limit 50) and paths (k 3, maxLength 4) in turn, for {@code --seconds}, against a
 * running service on loopback; then prints requests/s, p50/p99 latency, errors (any status but
 * 200) and timeouts (no answer within {@code --timeout}) per kind and in total.
 *
 * <pre>
 * ./papergraph extract --input ../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz --limit 20000 --format nq --out /tmp/arxiv-20k
 * ./papergraph load --from /tmp/arxiv-20k --papergraph.data-dir=/tmp/pg-20k
 * ./papergraph serve --papergraph.data-dir=/tmp/pg-20k &amp;
 * ./mvnw -B -pl graph-service -Pbench -DskipTests package -Dbench.main=org.papergraph.service.bench.LoadRun \
 *     -Dbench.args="--url http://127.0.0.1:8080 --connections 32 --seconds 60"
 * </pre>
 */
public final class LoadRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LoadRun() {}

    /** The kinds of request, sent in turn by each connection. */
    enum Kind { SEARCH, NEIGHBOURHOOD, PATHS }

    /**
     * One request's outcome.
     *
     * @param kind what was asked
     * @param nanos how long the answer took
     * @param status the HTTP status; 0 for a timeout, -1 for a failed connection
     */
    record Outcome(Kind kind, long nanos, int status) {}

    /**
     * The options.
     *
     * @param url the service
     * @param connections concurrent connections
     * @param seconds how long to send
     * @param timeout how long one request may take before it counts as a timeout
     * @param concepts how many of the most mentioned concepts to draw targets from
     */
    record Options(URI url, int connections, int seconds, Duration timeout, int concepts) {

        static Options parse(String[] args) {
            Map<String, String> map = new TreeMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Options(URI.create(map.getOrDefault("url", "http://127.0.0.1:8080")),
                    Integer.parseInt(map.getOrDefault("connections", "32")),
                    Integer.parseInt(map.getOrDefault("seconds", "60")),
                    Duration.ofSeconds(Long.parseLong(map.getOrDefault("timeout", "10"))),
                    Integer.parseInt(map.getOrDefault("concepts", "1000")));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<Target> names = conceptNames(options);
        System.out.printf("load run: %d connections, %d s, timeout %d s, against %s; %d target concepts%n",
                options.connections(), options.seconds(), options.timeout().toSeconds(), options.url(), names.size());
        long end = System.nanoTime() + Duration.ofSeconds(options.seconds()).toNanos();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(options.connections())) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < options.connections(); i++) {
                int first = i;
                workers.add(pool.submit(() -> connection(options, names, first, end, outcomes)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        report(outcomes, options.seconds());
    }

    /** One connection: its own client (so its own HTTP/1.1 connection), kinds in turn until the end. */
    private static void connection(Options options, List<Target> names, int first, long end, List<Outcome> outcomes) {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout()).build()) {
            Kind[] kinds = Kind.values();
            for (int n = first; System.nanoTime() < end; n++) {
                Kind kind = kinds[n % kinds.length];
                outcomes.add(send(http, options, kind, url(options.url(), kind, names)));
            }
        }
    }

    private static Outcome send(HttpClient http, Options options, Kind kind, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(kind, System.nanoTime() - start, response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Outcome(kind, System.nanoTime() - start, 0);
        } catch (IOException e) {
            return new Outcome(kind, System.nanoTime() - start, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(kind, System.nanoTime() - start, -1);
        }
    }

    private static URI url(URI base, Kind kind, List<Target> targets) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Target a = targets.get(random.nextInt(targets.size()));
        String path = switch (kind) {
            case SEARCH -> "/api/concepts?limit=10&q=" + enc(typed(a.name(), random));
            case NEIGHBOURHOOD -> "/api/concepts/" + enc(a.id()) + "/neighbourhood?depth=2&limit=50";
            case PATHS -> "/api/paths?k=3&maxLength=4&from=" + enc(a.id()) + "&to="
                    + enc(targets.get(random.nextInt(targets.size())).id());
        };
        return base.resolve(path);
    }

    /** What a user types into the search box: a prefix of the name, sometimes with two letters swapped. */
    static String typed(String name, ThreadLocalRandom random) {
        String prefix = name.substring(0, Math.min(name.length(), 2 + random.nextInt(Math.max(1, name.length() - 1))));
        if (prefix.length() >= 5 && random.nextInt(4) == 0) {
            int i = 1 + random.nextInt(prefix.length() - 2);
            char[] c = prefix.toCharArray();
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            return new String(c);
        }
        return prefix;
    }

    /**
     * A concept to ask about.
     *
     * @param id its id (the last segment of its IRI), for neighbourhoods and paths
     * @param name its name, typed into the search
     */
    record Target(String id, String name) {}

    /** The most mentioned concepts, as the service ranks them for an empty query. */
    private static List<Target> conceptNames(Options options) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    options.url().resolve("/api/concepts?q=&limit=" + options.concepts())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/concepts answered " + response.statusCode());
            }
            List<Target> names = new ArrayList<>();
            for (JsonNode hit : JSON.readTree(response.body())) {
                names.add(new Target(hit.path("concept").path("id").asString(), hit.path("concept").path("name").asString()));
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("the service at " + options.url() + " has no concepts; load a corpus first");
            }
            return names;
        }
    }

    private static void report(List<Outcome> outcomes, int seconds) {
        System.out.printf("%-14s %9s %9s %9s %9s %7s %9s%n", "kind", "requests", "req/s", "p50 ms", "p99 ms",
                "errors", "timeouts");
        for (Kind kind : Kind.values()) {
            line(kind.name().toLowerCase(Locale.ROOT), outcomes.stream().filter(o -> o.kind() == kind).toList(), seconds);
        }
        line("all", outcomes, seconds);
    }

    private static void line(String what, List<Outcome> outcomes, int seconds) {
        List<Long> nanos = outcomes.stream().map(Outcome::nanos).sorted().toList();
        long errors = outcomes.stream().filter(o -> o.status() != 200 && o.status() != 0).count();
        long timeouts = outcomes.stream().filter(o -> o.status() == 0).count();
        System.out.printf("%-14s %9d %9.1f %9.1f %9.1f %7d %9d%n", what, outcomes.size(), outcomes.size() / (double) seconds,
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, errors, timeouts);
        outcomes.stream().filter(o -> o.status() != 200 && o.status() != 0).map(Outcome::status).distinct().limit(5)
                .forEach(s -> System.out.printf("    status %d%n", s));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
