package org.papergraph.service.paper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.papergraph.service.load.PaperExtractor;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.PaperGraphProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the API token, then checks, extracts and loads posted abstracts. A paper that fails a
 * check is reported by its position and id, and the others still load.
 */
@Service
class PaperIngestion {

    private final @Nullable String token;
    private final ObjectProvider<PaperExtractor> extractor;
    private final GraphLoader loader;
    private final JsonMapper json;

    PaperIngestion(PaperGraphProperties properties, ObjectProvider<PaperExtractor> extractor, GraphLoader loader,
            JsonMapper json) {
        this.json = json;
        this.token = properties.apiToken() == null || properties.apiToken().isBlank() ? null : properties.apiToken();
        this.extractor = extractor;
        this.loader = loader;
    }

    /**
     * One abstract to ingest.
     *
     * @param id an identifier such as an arXiv id; without one, the paper is named from its title
     * @param title the title
     * @param abstractText the abstract (JSON field {@code abstract})
     * @param authors author names
     * @param categories subject categories
     * @param date an ISO date or a year
     */
    record PaperInput(@Nullable String id, @Nullable String title,
            @com.fasterxml.jackson.annotation.JsonProperty("abstract") @Nullable String abstractText,
            @Nullable List<String> authors, @Nullable List<String> categories, @Nullable String date) {}

    /**
     * What an ingestion did.
     *
     * @param loaded papers extracted and loaded
     * @param quads quads written
     * @param errors papers that could not be read, extracted or loaded: {@code POST /api/papers:
     *     paper 2 (2501.00002): abstract is empty}
     */
    record Result(int loaded, long quads, List<String> errors) {}

    void checkToken(@Nullable String authorization, @Nullable String apiToken) {
        if (token == null) {
            throw ApiException.forbidden("POST /api/papers is disabled: start the service with papergraph.api-token set");
        }
        String given = apiToken != null ? apiToken
                : authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.unauthorized("a valid API token is required: send 'Authorization: Bearer <token>'");
        }
    }

    Result ingest(List<PaperInput> inputs) {
        if (inputs.isEmpty()) {
            throw ApiException.badRequest("send a JSON array of at least one paper {id, title, abstract}");
        }
        PaperExtractor available = extractor.getIfAvailable();
        if (available == null) {
            throw ApiException.unavailable("the extractor is not available in this service");
        }
        PostedPapers checked = PostedPapers.check(inputs, json);
        if (checked.accepted().isEmpty()) {
            throw ApiException.badRequest("no paper could be read: " + String.join("; ", checked.rejected()));
        }
        PaperExtractor.Extraction extraction = available.extract(checked.accepted());
        LoadReport report = loader.load(extraction.dataset());
        List<String> errors = new ArrayList<>(checked.rejected());
        errors.addAll(extraction.errors());
        errors.addAll(report.skipped());
        return new Result(report.papers(), report.quads(), errors);
    }
}
