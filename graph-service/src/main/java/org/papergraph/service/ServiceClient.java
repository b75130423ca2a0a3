package org.papergraph.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.queries.QueryLanguage;
import org.papergraph.service.query.NamedQueryResult;
import org.papergraph.service.sparql.StoreComparison;
import org.papergraph.service.system.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks a running service for what {@code query} and {@code check} otherwise compute from the stores. */
final class ServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServiceClient(URI base) {
        this.base = base;
    }

    static ServiceClient of(URI base) {
        String text = base.toString();
        return new ServiceClient(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
    }

    NamedQueryResult query(String name, @Nullable QueryLanguage language, Map<String, String> params, int limit) {
        StringBuilder path = new StringBuilder("/api/queries/").append(encode(name)).append("?limit=").append(limit);
        if (language != null) {
            path.append("&language=").append(language.label());
        }
        params.forEach((k, v) -> path.append('&').append(encode(k)).append('=').append(encode(v)));
        return JSON.treeToValue(get(path.toString()), NamedQueryResult.class);
    }

    StoreComparison.Report check() {
        return JSON.treeToValue(get("/api/check"), StoreComparison.Report.class);
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw ApiException.badRequest(base + path + " answered " + response.statusCode() + ": "
                        + body.path("detail").asString(response.body()));
            }
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
