package org.papergraph.service.system;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An error the API answers with an RFC 9457 problem detail and the given status. */
public class ApiException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private ApiException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    /** 404: no such paper or concept. */
    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    /** 400: a parameter or body the client must fix. */
    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    /** 401: the request lacks valid credentials. */
    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    /** 403: the request is understood but not allowed. */
    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    /** 503: a part of the service is not available. */
    public static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail);
    }

    /** 503 with {@code Retry-After}: too busy right now; the client may try again after that many seconds. */
    public static ApiException busy(String detail, long retryAfterSeconds) {
        ApiException e = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Too busy", detail);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return e;
    }

    /** 413: the request body is larger than the limit. */
    public static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Content too large", detail);
    }

    /** 504: the query ran out of time. */
    public static ApiException timeout(String detail) {
        return new ApiException(HttpStatus.GATEWAY_TIMEOUT, "Query timed out", detail);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
