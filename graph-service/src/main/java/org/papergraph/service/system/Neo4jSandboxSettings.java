package org.papergraph.service.system;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;

/**
 * The embedded Neo4j settings that keep Cypher away from files and the network, whatever a query
 * asks: {@code LOAD CSV} may not use {@code file:} URLs, its import directory is an empty one of its
 * own, and every IPv4 and IPv6 address is on Cypher's address block list, so {@code LOAD CSV} (and
 * any procedure that honours the list) cannot fetch a URL either. The HTTP API refuses such queries
 * before they run ({@code cypher.ReadOnlyCypher}); these settings are the second line.
 */
final class Neo4jSandboxSettings {

    /** Every IPv4 and every IPv6 address, in CIDR notation. */
    static final List<String> BLOCKED_ADDRESSES = List.of("0.0.0.0/0", "::/0");

    private Neo4jSandboxSettings() {}

    /**
     * Returns the settings for a server whose home is {@code home}; creates the empty import
     * directory {@code home/import-none}.
     */
    static Map<Setting<?>, Object> of(Path home) {
        return Map.of(
                GraphDatabaseSettings.allow_file_urls, false,
                GraphDatabaseSettings.load_csv_file_url_root, emptyImportDirectory(home),
                GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        BLOCKED_ADDRESSES.stream().map(IPAddressString::new).toList());
    }

    private static Path emptyImportDirectory(Path home) {
        Path dir = home.resolve("import-none").toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Neo4j's import directory " + dir, e);
        }
    }
}
