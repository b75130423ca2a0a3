package org.papergraph.service.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.queries.NamedQuery;
import org.papergraph.queries.QueryLanguage;
import org.papergraph.queries.QueryParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The named query library over HTTP: the list with parameters, and runs as JSON. */
@RestController
class NamedQueryController {

    static final int DEFAULT_LIMIT = 100;

    private final NamedQueryRunner runner;

    NamedQueryController(NamedQueryRunner runner) {
        this.runner = runner;
    }

    /**
     * A named query in the list.
     *
     * @param name its name
     * @param description what it returns
     * @param languages the languages it is written in
     * @param parameters its parameters
     */
    record QuerySummary(String name, String description, List<String> languages, List<ParameterSummary> parameters) {}

    /**
     * A parameter of a named query.
     *
     * @param name its name
     * @param type {@code string}, {@code integer} or {@code decimal}
     * @param required whether it must be given
     * @param defaultValue its default, if it has one
     * @param description what it means
     */
    record ParameterSummary(String name, String type, boolean required, @Nullable String defaultValue,
            String description) {}

    /**
     * A run of a named query, posted as JSON.
     *
     * @param language {@code cypher} or {@code sparql}; absent for the query's preferred language
     * @param limit the most rows to return (default 100)
     * @param params parameter values by name
     */
    record RunRequest(@Nullable String language, @Nullable Integer limit, @Nullable Map<String, Object> params) {}

    /** Lists the named queries with their parameters and languages. */
    @GetMapping("/api/queries")
    List<QuerySummary> list() {
        return runner.catalogue().names().stream().map(this::summary).toList();
    }

    /**
     * Runs a named query; every request parameter other than {@code language} and {@code limit}
     * is one of the query's parameters ({@code ?concept=PoolFormer}).
     */
    @GetMapping("/api/queries/{name}")
    NamedQueryResult run(@PathVariable String name, @RequestParam(required = false) @Nullable String language,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit, @RequestParam Map<String, String> all) {
        Map<String, @Nullable String> params = new HashMap<>(all);
        params.remove("language");
        params.remove("limit");
        return runner.run(name, language == null ? null : QueryLanguage.parse(language), params, limit);
    }

    /** Runs a named query with a JSON body {@code {language, limit, params}}. */
    @PostMapping("/api/queries/{name}")
    NamedQueryResult runPosted(@PathVariable String name, @RequestBody(required = false) @Nullable RunRequest request) {
        RunRequest body = request == null ? new RunRequest(null, null, null) : request;
        Map<String, @Nullable String> params = new HashMap<>();
        if (body.params() != null) {
            body.params().forEach((k, v) -> params.put(k, v == null ? null : v.toString()));
        }
        return runner.run(name, body.language() == null ? null : QueryLanguage.parse(body.language()), params,
                body.limit() == null ? DEFAULT_LIMIT : body.limit());
    }

    private QuerySummary summary(String name) {
        NamedQuery preferred = runner.catalogue().preferred(name);
        return new QuerySummary(name, preferred.description(),
                runner.catalogue().languages(name).stream().map(QueryLanguage::label).toList(),
                preferred.parameters().stream().map(NamedQueryController::summary).toList());
    }

    private static ParameterSummary summary(QueryParameter p) {
        return new ParameterSummary(p.name(), p.type().label(), p.required(), p.defaultValue(), p.description());
    }
}
