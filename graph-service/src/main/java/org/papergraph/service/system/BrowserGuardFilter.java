package org.papergraph.service.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps web pages from turning the service against its user. A request whose {@code Host} is not
 * an allowed name is refused with 421 (DNS rebinding: a page on {@code evil.example} whose name now
 * points at 127.0.0.1 still says {@code Host: evil.example}); a request whose {@code Origin} is
 * neither the service's own nor configured is refused with 403 (cross-site form posts and
 * {@code fetch} calls). Every answer carries headers that keep the explorer out of frames and its
 * scripts to this service's own ({@link SecurityHeaders}). Refusals are RFC 9457 problems.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BrowserGuardFilter extends OncePerRequestFilter {

    private final Set<String> allowedHosts;
    private final boolean anyHost;
    private final Set<String> allowedOrigins;
    private final JsonMapper json;

    BrowserGuardFilter(WebProperties properties, JsonMapper json) {
        this.allowedHosts = properties.allowedHosts().stream().map(BrowserGuardFilter::hostName)
                .collect(Collectors.toUnmodifiableSet());
        this.anyHost = allowedHosts.contains("*");
        this.allowedOrigins = properties.allowedOrigins().stream().map(BrowserGuardFilter::origin)
                .collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityHeaders.addTo(response);
        String host = hostName(request.getServerName());
        if (!anyHost && !allowedHosts.contains(host)) {
            refuse(response, 421, "Misdirected request", "the Host '" + request.getServerName()
                    + "' is not a name of this service; allowed: " + allowedHosts.stream().sorted().toList()
                    + " (set papergraph.web.allowed-hosts to serve other names)");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin(origin).equals(ownOrigin(request)) && !allowedOrigins.contains(origin(origin))) {
            refuse(response, 403, "Forbidden", "requests from pages of " + origin + " are refused: only this "
                    + "service's own pages" + (allowedOrigins.isEmpty() ? "" : " and " + allowedOrigins.stream()
                            .sorted().toList()) + " may call it (set papergraph.web.allowed-origins to allow others)");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code [::1]} → {@code ::1}, {@code LocalHost.} → {@code localhost}. */
    static String hostName(@Nullable String host) {
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** An origin as {@code scheme://host:port}, with the scheme's default port made explicit. */
    static String origin(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            return origin(scheme, hostName(uri.getHost()), uri.getPort());
        } catch (IllegalArgumentException e) {
            return "invalid:" + origin;
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme().toLowerCase(Locale.ROOT), hostName(request.getServerName()),
                request.getServerPort());
    }

    private static String origin(String scheme, String host, int port) {
        int explicit = port >= 0 ? port : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + explicit;
    }
}
