package org.papergraph.service.sparql;

/**
 * A request the SPARQL endpoint refuses, with the HTTP status to answer and a message for the
 * client (for a malformed query, the parser's own message with its line and column).
 */
final class SparqlProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    SparqlProtocolException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static SparqlProtocolException badRequest(String message) {
        return new SparqlProtocolException(400, message);
    }
}
