package org.papergraph.service.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may talk to the HTTP service from a browser, bound from {@code papergraph.web.*}.
 *
 * @param allowedHosts the names a request's {@code Host} may carry (any port); loopback names by
 *     default, so a page that rebinds its own DNS name to 127.0.0.1 is refused; {@code *} allows any
 * @param allowedOrigins the origins ({@code https://papers.example.org}) besides the service's own
 *     whose pages may send requests, and to which CORS is answered; none by default
 */
@ConfigurationProperties("papergraph.web")
public record WebProperties(
        @DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> allowedHosts,
        @DefaultValue List<String> allowedOrigins) {}
