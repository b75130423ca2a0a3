package org.papergraph.service.system;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries. The Content-Security-Policy allows scripts, styles, images
 * and connections from this service only, which is all the explorer uses (Cytoscape.js comes from
 * its WebJar); the one exception is the one-line stylesheet Cytoscape inserts into the page
 * ({@code .__________cytoscape_container { position: relative; }}), allowed by its hash.
 * {@code frame-ancestors 'none'} and {@code X-Frame-Options} keep pages out of other sites' frames
 * (click-jacking), {@code nosniff} stops browsers guessing script types, and {@code no-referrer}
 * keeps graph URLs out of the logs of sites the explorer links to.
 */
final class SecurityHeaders {

    /** SHA-256 of the stylesheet Cytoscape.js 3.x inserts into the document head. */
    static final String CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' " + CYTOSCAPE_STYLE_HASH,
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    static void addTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    }
}
