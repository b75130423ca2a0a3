package org.papergraph.service.paper;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Papers: list, detail, and live ingestion of new abstracts. */
@RestController
class PaperController {

    private final PaperRepository papers;
    private final PaperIngestion ingestion;

    PaperController(PaperRepository papers, PaperIngestion ingestion) {
        this.papers = papers;
        this.ingestion = ingestion;
    }

    /** A page of papers ordered by id. */
    @GetMapping("/api/papers")
    PaperPage list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw ApiException.badRequest("offset must be at least 0 and limit between 1 and 1000");
        }
        return new PaperPage(papers.count(), offset, papers.list(offset, limit));
    }

    /** A paper with its concepts, claims and relations. */
    @GetMapping("/api/papers/{id}")
    PaperDetail detail(@PathVariable String id) {
        return papers.detail(id).orElseThrow(() -> ApiException.notFound("no paper with id '" + id + "'"));
    }

    /**
     * Extracts and loads new abstracts; a paper with an id already loaded is replaced. Needs the
     * API token ({@code papergraph.api-token}) as {@code Authorization: Bearer <token>} or
     * {@code X-API-Token}.
     */
    @PostMapping("/api/papers")
    @ResponseStatus(HttpStatus.CREATED)
    PaperIngestion.Result ingest(@RequestBody List<PaperIngestion.PaperInput> body,
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @RequestHeader(name = "X-API-Token", required = false) @Nullable String apiToken) {
        ingestion.checkToken(authorization, apiToken);
        return ingestion.ingest(body);
    }

    /**
     * A page of papers.
     *
     * @param total how many papers there are
     * @param offset the index of the first paper in this page
     * @param papers the papers
     */
    record PaperPage(long total, int offset, List<PaperSummary> papers) {}
}
