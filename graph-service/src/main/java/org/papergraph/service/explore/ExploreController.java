package org.papergraph.service.explore;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.load.ConceptKind;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.HeavyQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Neighbourhoods, paths and relation patterns over the concept graph. */
@RestController
class ExploreController {

    private final ConceptGraphProjection projection;
    private final RelationRepository relations;
    private final HeavyQueries heavy;

    ExploreController(ConceptGraphProjection projection, RelationRepository relations, HeavyQueries heavy) {
        this.projection = projection;
        this.relations = relations;
        this.heavy = heavy;
    }

    /** The ego graph of a concept, nodes ranked, each edge with its evidence (the most confident {@code evidence} entries). */
    @GetMapping("/api/concepts/{id}/neighbourhood")
    Neighbourhood neighbourhood(@PathVariable String id, @RequestParam(defaultValue = "1") int depth,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String predicates,
            @RequestParam(required = false) @Nullable String types, @RequestParam(defaultValue = "pagerank") String rank,
            @RequestParam(defaultValue = "3") int evidence) {
        check(depth >= 1 && depth <= 3, "depth must be 1, 2 or 3");
        check(evidence >= 0 && evidence <= 1000, "evidence must be between 0 and 1000");
        check(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000");
        ConceptGraph graph = projection.current();
        ConceptSummary center = resolve(graph, id);
        return NeighbourhoodFinder.find(graph, center, depth, limit, parseList(predicates, RelationType::parse),
                parseList(types, ConceptKind::parse), Ranking.parse(rank), evidence);
    }

    /** The k shortest paths between two concepts, each hop with the sentence that supports it. */
    @GetMapping("/api/paths")
    PathsAnswer paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "3") int k,
            @RequestParam(defaultValue = "4") int maxLength, @RequestParam(required = false) @Nullable String predicates,
            @RequestParam(defaultValue = "3") int evidence) {
        check(k >= 1 && k <= 20, "k must be between 1 and 20");
        check(evidence >= 0 && evidence <= 1000, "evidence must be between 0 and 1000");
        check(maxLength >= 1 && maxLength <= 8, "maxLength must be between 1 and 8");
        ConceptGraph graph = projection.current();
        ConceptSummary a = resolve(graph, from);
        ConceptSummary b = resolve(graph, to);
        Set<RelationType> relationTypes = parseList(predicates, RelationType::parse);
        return new PathsAnswer(a, b, heavy.run(HeavyQueries.Kind.PATHS,
                () -> PathFinder.find(graph, a, b, k, maxLength, relationTypes, evidence)));
    }

    /** Relations matching a pattern; any of subject, predicate and object may be left out. */
    @GetMapping("/api/relations")
    List<RelationView> relations(@RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String predicate,
            @RequestParam(required = false) @Nullable String object, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "10") int evidence) {
        check(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000");
        check(evidence >= 0 && evidence <= 1000, "evidence must be between 0 and 1000");
        ConceptGraph graph = projection.current();
        return relations.find(subject == null ? null : resolve(graph, subject).iri(),
                predicate == null ? null : RelationType.parse(predicate),
                object == null ? null : resolve(graph, object).iri(), limit, evidence);
    }

    /**
     * The answer of {@code /api/paths}.
     *
     * @param from the start concept
     * @param to the end concept
     * @param paths the paths found, shortest first; empty when none is short enough
     */
    record PathsAnswer(ConceptSummary from, ConceptSummary to, List<ConceptPath> paths) {}

    static ConceptSummary resolve(ConceptGraph graph, String idOrName) {
        return graph.resolve(idOrName)
                .orElseThrow(() -> ApiException.notFound("no concept with id, name or alias '" + idOrName + "'"));
    }

    private static <T> Set<T> parseList(@Nullable String csv, Function<String, T> parse) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        Set<T> values = new LinkedHashSet<>();
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse).forEach(values::add);
        return values;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw ApiException.badRequest(message);
        }
    }
}
