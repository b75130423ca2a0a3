package org.papergraph.service.system;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where the service's Driver connects, and the embedded server when there is one.
 *
 * @param uri the Bolt or Neo4j URI
 * @param user the user name
 * @param password the password
 * @param embedded the in-process server, or {@code null} for an external one
 */
public record Neo4jConnection(URI uri, String user, String password, @Nullable EmbeddedNeo4j embedded)
        implements AutoCloseable {

    /** Tells whether Neo4j runs inside this process. */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Stops the embedded server, if any. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public String toString() {
        return "Neo4jConnection[uri=" + uri + ", user=" + user + ", embedded=" + isEmbedded() + "]";
    }
}
