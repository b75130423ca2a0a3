package org.papergraph.service.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over {@code papergraph.limits.max-body} ({@code max-papers-body} for
 * {@code POST /api/papers}) with 413 and a problem detail: at once when the declared
 * {@code Content-Length} is over the limit, and otherwise (a chunked body) as soon as reading
 * passes it, so no body larger than the limit is ever held in memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final LimitProperties limits;
    private final JsonMapper json;

    /** Binds the limits itself, so that web slice tests (which pick up every filter) need no more beans. */
    RequestBodyLimitFilter(Environment environment, JsonMapper json) {
        this.limits = Binder.get(environment).bindOrCreate("papergraph.limits", LimitProperties.class);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(declared >= 0 ? request : new LimitedRequest(request, limit), response);
        } catch (ServletException | RuntimeException e) {
            if (!hasCause(e, BodyTooLargeException.class) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, limit);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "POST", "PUT", "PATCH" -> false;
            default -> true;
        };
    }

    private long limitOf(HttpServletRequest request) {
        boolean papers = "POST".equals(request.getMethod()) && "/api/papers".equals(request.getRequestURI());
        return (papers ? limits.maxPapersBody() : limits.maxBody()).toBytes();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the body of " + request.getMethod() + " " + request.getRequestURI() + " is larger than the limit of "
                        + limit + " bytes (papergraph.limits." + (limit == limits.maxBody().toBytes()
                                ? "max-body" : "max-papers-body") + ")");
        problem.setTitle("Content too large");
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown while reading a body of unknown length once it passes the limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("the request body is larger than the limit of " + limit + " bytes");
        }
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final ServletInputStream in;

        LimitedRequest(HttpServletRequest request, long limit) throws IOException {
            super(request);
            this.in = new LimitedInputStream(request.getInputStream(), limit);
        }

        @Override
        public ServletInputStream getInputStream() {
            return in;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(in,
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
