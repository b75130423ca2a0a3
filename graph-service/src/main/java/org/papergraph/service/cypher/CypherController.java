package org.papergraph.service.cypher;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.system.HeavyQueries;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Read-only Cypher over HTTP. */
@RestController
class CypherController {

    private final ReadOnlyCypher cypher;
    private final HeavyQueries heavy;

    CypherController(ReadOnlyCypher cypher, HeavyQueries heavy) {
        this.cypher = cypher;
        this.heavy = heavy;
    }

    /**
     * Runs a read-only query with a timeout and a row limit; a query that would write is refused
     * with 403.
     */
    @PostMapping("/api/cypher")
    CypherResult run(@RequestBody CypherRequest request) {
        return heavy.run(HeavyQueries.Kind.CYPHER,
                () -> cypher.run(request.query(), request.params() == null ? Map.of() : request.params()));
    }

    /**
     * A query.
     *
     * @param query the Cypher text
     * @param params its parameters
     */
    record CypherRequest(String query, @Nullable Map<String, Object> params) {}

    /**
     * A query's answer.
     *
     * @param columns the column names
     * @param rows the rows, each a map from column to value (nodes, relationships and paths as maps)
     * @param truncated whether rows were cut at the row limit
     */
    record CypherResult(List<String> columns, List<Map<String, @Nullable Object>> rows, boolean truncated) {}
}
