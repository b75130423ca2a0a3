package org.papergraph.service.sparql;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/check}: the comparison of Neo4j and the SPARQL store behind {@code papergraph check}. */
@RestController
class StoreCheckController {

    private final StoreComparison comparison;

    StoreCheckController(StoreComparison comparison) {
        this.comparison = comparison;
    }

    /** Counts papers, concepts, claims and statements per predicate in both stores; read-only. */
    @GetMapping("/api/check")
    StoreComparison.Report check() {
        return comparison.compare();
    }
}
