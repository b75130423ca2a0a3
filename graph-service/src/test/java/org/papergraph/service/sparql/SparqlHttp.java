package org.papergraph.service.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Raw HTTP for the protocol tests: exact methods, headers and bodies; never throws on 4xx/5xx. */
final class SparqlHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    SparqlHttp(int port) {
        this.port = port;
    }

    /**
     * A response.
     *
     * @param status the HTTP status
     * @param contentType the Content-Type header, or "" when there is none
     * @param body the body as text
     */
    record Response(int status, String contentType, String body) {}

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Response get(String query, String... headers) {
        return send("GET", "?query=" + encode(query), null, null, headers);
    }

    Response getRaw(String queryString, String... headers) {
        return send("GET", queryString, null, null, headers);
    }

    Response send(String method, String queryString, @Nullable String contentType, @Nullable String body,
            String... headers) {
        return send(method, queryString, contentType, body, StandardCharsets.UTF_8, headers);
    }

    Response send(String method, String queryString, @Nullable String contentType, @Nullable String body,
            Charset charset, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql"
                + queryString)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
