package org.papergraph.service.web;

import java.util.List;
import org.papergraph.service.explore.ConceptSummary;
import org.papergraph.service.explore.ConceptGraphProjection;
import org.papergraph.service.load.ClaimLinkType;
import org.papergraph.service.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The results view's data: leaderboards built from quantitative claims. */
@RestController
class LeaderboardController {

    private final ConceptGraphProjection projection;
    private final LeaderboardRepository claims;

    LeaderboardController(ConceptGraphProjection projection, LeaderboardRepository claims) {
        this.projection = projection;
        this.claims = claims;
    }

    /**
     * The ranked results for a dataset (claims on it), a metric (claims measured with it) or any
     * other concept (claims about it); the id may also be the IRI, a name or an alias. At most
     * {@code limit} claims are read, most confident first.
     */
    @GetMapping("/api/concepts/{id}/leaderboard")
    Leaderboard leaderboard(@PathVariable String id, @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit must be between 1 and 1000");
        }
        ConceptSummary concept = projection.current().resolve(id)
                .orElseThrow(() -> ApiException.notFound("no concept with id, name or alias '" + id + "'"));
        ClaimLinkType role = roleOf(concept);
        // One more than asked for tells whether the answer was cut.
        List<Leaderboard.ClaimRow> rows = claims.findClaims(concept.iri(), role, limit + 1);
        boolean truncated = rows.size() > limit;
        return Leaderboard.of(concept, role.name(), truncated ? rows.subList(0, limit) : rows, truncated);
    }

    /** Returns how claims must refer to the concept for it to have a leaderboard. */
    static ClaimLinkType roleOf(ConceptSummary concept) {
        return switch (concept.type()) {
            case "Dataset" -> ClaimLinkType.CLAIM_DATASET;
            case "Metric" -> ClaimLinkType.CLAIM_METRIC;
            default -> ClaimLinkType.CLAIM_SUBJECT;
        };
    }
}
