package org.papergraph.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class BrowserGuardFilterTest {

    private static final WebProperties DEFAULTS = new WebProperties(List.of("localhost", "127.0.0.1", "[::1]"),
            List.of());
    private static final WebProperties DEPLOYED = new WebProperties(List.of("Papers.Example.org"),
            List.of("https://papers.example.org"));

    @ParameterizedTest(name = "Host {0}, Origin {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "localhost, -, 200", "LOCALHOST., -, 200", "127.0.0.1, -, 200", "[::1], -, 200", "::1, -, 200",
        "evil.example, -, 421", "localhost.evil.example, -, 421", "127.0.0.2, -, 421",
        "localhost, http://localhost:8080, 200", "localhost, http://localhost, 403",
        "localhost, http://localhost:8081, 403", "localhost, https://localhost:8080, 403",
        "localhost, null, 403", "localhost, http://evil.example, 403", "localhost, not a uri, 403"})
    void defaults_hostAndOrigin(String host, String origin, int status) throws Exception {
        assertThat(filter(DEFAULTS, "http", host, 8080, origin).getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "Host {0}, Origin {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "papers.example.org, https://papers.example.org, 200", "papers.example.org, https://papers.example.org:443, 200",
        "papers.example.org, http://papers.example.org, 403", "localhost, -, 421"})
    void deployed_behindAProxy(String host, String origin, int status) throws Exception {
        assertThat(filter(DEPLOYED, "http", host, 8080, origin).getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Content-Security-Policy, frame-ancestors 'none'", "X-Frame-Options, DENY",
        "X-Content-Type-Options, nosniff", "Referrer-Policy, no-referrer"})
    void everyAnswer_evenARefusal_carriesTheHeaders(String header, String value) throws Exception {
        assertThat(filter(DEFAULTS, "http", "localhost", 8080, null).getHeader(header)).contains(value);
        assertThat(filter(DEFAULTS, "http", "evil.example", 8080, null).getHeader(header)).contains(value);
    }

    private static MockHttpServletResponse filter(WebProperties properties, String scheme, String host, int port,
            String origin) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cypher");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new BrowserGuardFilter(properties, JsonMapper.builder().build()).doFilter(request, response,
                new MockFilterChain());
        return response;
    }
}
