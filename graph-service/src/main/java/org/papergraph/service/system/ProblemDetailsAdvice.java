package org.papergraph.service.system;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error as an RFC 9457 problem detail: Spring's own exceptions (missing or
 * malformed parameters, unreadable bodies), {@link ApiException}, and
 * {@link IllegalArgumentException} from parsing a parameter (400).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ServiceUnavailableException.class)
    ProblemDetail neo4jUnavailable(ServiceUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Neo4j cannot be reached: " + e.getMessage());
        problem.setTitle("Service unavailable");
        return problem;
    }

    /** Anything else is our fault: log it, and answer 500 without internals. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error while answering a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the service failed to answer (" + e.getClass().getSimpleName() + "); the log has the details");
        problem.setTitle("Internal error");
        return problem;
    }

    /**
     * A body cut off by {@link RequestBodyLimitFilter} is too large, not malformed: 413; any other
     * unreadable body gets 400 saying what is wrong with it (where the JSON breaks, which byte is
     * not UTF-8).
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimitFilter.hasCause(e, RequestBodyLimitFilter.BodyTooLargeException.class)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    String.valueOf(e.getMostSpecificCause().getMessage()));
            problem.setTitle("Content too large");
            return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        String cause = String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse("");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "the request body is not the JSON this endpoint reads: " + cause);
        problem.setTitle("Bad request");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
        problem.setTitle("Bad request");
        return problem;
    }
}
