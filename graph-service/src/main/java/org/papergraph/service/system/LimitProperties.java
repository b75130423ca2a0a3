package org.papergraph.service.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on the work one request can ask for, bound from {@code papergraph.limits.*}.
 *
 * @param maxBody the largest request body of any {@code POST}, {@code PUT} or {@code PATCH}
 *     (larger ones get 413)
 * @param maxPapersBody the largest body of {@code POST /api/papers}, which carries abstracts
 * @param heavyQueries how many heavy queries of one class (Cypher, SPARQL, paths) run at once
 * @param heavyQueryWait how long a heavy query waits for its turn before it is refused with 503
 */
@ConfigurationProperties("papergraph.limits")
public record LimitProperties(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("20MB") DataSize maxPapersBody,
        @DefaultValue("4") int heavyQueries,
        @DefaultValue("5s") Duration heavyQueryWait) {

    public LimitProperties {
        if (heavyQueries < 1) {
            throw new IllegalArgumentException("papergraph.limits.heavy-queries must be at least 1, not " + heavyQueries);
        }
    }
}
