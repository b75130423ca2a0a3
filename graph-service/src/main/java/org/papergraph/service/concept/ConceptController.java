package org.papergraph.service.concept;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.ConceptGraph;
import org.papergraph.service.explore.ConceptGraphProjection;
import org.papergraph.service.load.ConceptKind;
import org.papergraph.service.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Concept search and concept detail. */
@RestController
class ConceptController {

    private static final int MAX_QUERY_LENGTH = 200;

    private final ConceptGraphProjection projection;
    private final ConceptIndexProjection index;
    private final ConceptRepository concepts;

    ConceptController(ConceptGraphProjection projection, ConceptIndexProjection index, ConceptRepository concepts) {
        this.projection = projection;
        this.index = index;
        this.concepts = concepts;
    }

    /** Concepts whose names or aliases match {@code q} (prefix, word prefix, substring, fuzzy), best first. */
    @GetMapping("/api/concepts")
    List<ConceptSearch.Hit> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit must be between 1 and 1000");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("q must be at most " + MAX_QUERY_LENGTH + " characters, not " + q.length());
        }
        return index.search(q, type == null ? null : ConceptKind.parse(type), limit);
    }

    /** A concept with its papers and claims; the id may also be the IRI, a name or an alias. */
    @GetMapping("/api/concepts/{id}")
    ConceptDetail detail(@PathVariable String id) {
        ConceptGraph graph = projection.current();
        return concepts.detail(graph.resolve(id)
                .orElseThrow(() -> ApiException.notFound("no concept with id, name or alias '" + id + "'")));
    }
}
