package org.papergraph.service.paper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.papergraph.service.load.PaperExtractor;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.PaperGraphProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Checks the API token, then extracts posted abstracts and loads them. */
@Service
class PaperIngestion {

    private static final String SOURCE = "POST /api/papers";
    private final @Nullable String token;
    private final ObjectProvider<PaperExtractor> extractor;
    private final GraphLoader loader;

    PaperIngestion(PaperGraphProperties properties, ObjectProvider<PaperExtractor> extractor, GraphLoader loader) {
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
     * @param errors records that could not be extracted, with the reason
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
        PaperExtractor.Extraction extraction = available.extract(records(inputs));
        LoadReport report = loader.load(extraction.dataset());
        List<String> errors = new ArrayList<>(extraction.errors());
        errors.addAll(report.skipped());
        return new Result(report.papers(), report.quads(), errors);
    }

    private static List<PaperRecord> records(List<PaperInput> inputs) {
        List<PaperRecord> records = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PaperInput in = inputs.get(i);
            if (in.title() == null || in.title().isBlank() || in.abstractText() == null || in.abstractText().isBlank()) {
                throw ApiException.badRequest("paper " + (i + 1) + " needs a non-empty title and abstract");
            }
            records.add(new PaperRecord(SOURCE, i + 1, in.id(), in.title(), in.abstractText(),
                    in.authors() == null ? List.of() : in.authors(),
                    in.categories() == null ? List.of() : in.categories(), in.date()));
        }
        return records;
    }
}
