package org.papergraph.service.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word, as an RFC 9457 problem instead of an HTML page: what Tomcat answers itself,
 * before any servlet runs, such as 400 for a request line or headers larger than it accepts
 * ({@code server.max-http-request-header-size}) or a malformed request. Errors the application
 * raises never get here; they are answered by {@link ProblemDetailsAdvice}.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = detail(status, throwable);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            SecurityHeaders.addTo(response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was committed meanwhile: nothing more to say.
        }
    }

    private static String detail(int status, Throwable throwable) {
        if (status == 400 && throwable == null) {
            return "the server could not read the request: its request line or headers are malformed or larger "
                    + "than it accepts (a long query string belongs in a POST body)";
        }
        return throwable == null || throwable.getMessage() == null ? "the server refused the request"
                : throwable.getMessage();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
