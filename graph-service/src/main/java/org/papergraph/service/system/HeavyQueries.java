package org.papergraph.service.system;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Caps how many heavy queries of each class run at once, so that slow Cypher, SPARQL or path
 * queries cannot take every request thread and CPU from search and neighbourhoods. A query
 * waits up to {@code papergraph.limits.heavy-query-wait} for its turn, then is refused with 503
 * and {@code Retry-After}. Each class has its own permits: a burst of SPARQL does not hold up paths.
 */
@Component
public class HeavyQueries {

    /** The classes of heavy queries, each with its own permits. */
    public enum Kind {
        /** {@code /api/cypher} and named queries in Cypher. */
        CYPHER,
        /** {@code /sparql} and named queries in SPARQL. */
        SPARQL,
        /** {@code /api/paths}. */
        PATHS
    }

    private final Map<Kind, Semaphore> permits = new EnumMap<>(Kind.class);
    private final int size;
    private final Duration wait;

    HeavyQueries(LimitProperties limits) {
        this.size = limits.heavyQueries();
        this.wait = limits.heavyQueryWait();
        for (Kind kind : Kind.values()) {
            permits.put(kind, new Semaphore(size, true));
        }
    }

    /**
     * Runs a heavy query once one of its class's permits is free.
     *
     * @throws ApiException 503 with {@code Retry-After} when no permit frees up in time
     */
    public <T> T run(Kind kind, Supplier<T> query) {
        Semaphore semaphore = permits.get(kind);
        try {
            if (!semaphore.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiException.busy(size + " " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " queries are running already and none finished within " + wait.toMillis()
                        + " ms; try again shortly", retryAfterSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while waiting for a free query slot");
        }
        try {
            return query.get();
        } finally {
            semaphore.release();
        }
    }

    private long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds());
    }
}
