package org.papergraph.service.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.HeavyQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SPARQL 1.1 Protocol endpoint, query operation only: {@code GET /sparql?query=},
 * {@code POST} of a form or of {@code application/sparql-query}. It writes the response itself,
 * as a protocol servlet does: the answer in the negotiated format, or an RFC 9457 problem
 * detail (whatever the {@code Accept} asked for) with the status the protocol calls for.
 * Clients such as Jena's {@link QueryExecutionHTTP} work against it unchanged.
 */
@Controller
class SparqlController {

    private static final Logger log = LoggerFactory.getLogger(SparqlController.class);
    /** Set on an answer cut at {@code papergraph.sparql.max-rows}. */
    static final String TRUNCATED = "PaperGraph-Truncated";

    private final SparqlQueryService service;
    private final HeavyQueries heavy;
    private final JsonMapper json;

    SparqlController(SparqlQueryService service, HeavyQueries heavy, JsonMapper json) {
        this.service = service;
        this.heavy = heavy;
        this.json = json;
    }

    @RequestMapping(path = "/sparql", method = {RequestMethod.GET, RequestMethod.POST})
    void query(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SparqlQueryService.Answer answer;
        try {
            SparqlRequest sparql = SparqlRequest.read(request);
            answer = heavy.run(HeavyQueries.Kind.SPARQL, () -> service.answer(sparql));
        } catch (SparqlProtocolException e) {
            problem(response, e.status(), e.getMessage());
            return;
        } catch (ApiException e) {
            e.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            problem(response, e.getStatusCode().value(), String.valueOf(e.getBody().getDetail()));
            return;
        } catch (RuntimeException e) {
            log.error("SPARQL query failed", e);
            problem(response, 500, "the query failed (" + e.getClass().getSimpleName() + "); the log has the details");
            return;
        }
        ResultFormat format = answer.format();
        response.setStatus(200);
        response.setContentType(format.textual() ? format.mediaType() + ";charset=utf-8" : format.mediaType());
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-cache");
        if (answer.truncated()) {
            response.setHeader(TRUNCATED, "true");
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void problem(HttpServletResponse response, int status, String detail) throws IOException {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(httpStatus, detail);
        problem.setTitle(status == 504 ? "Query timed out" : httpStatus.getReasonPhrase());
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
