package org.papergraph.service.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j with Bolt on a local address and authentication on. Only the admin step
 * (setting the password in the {@code system} database) uses the embedded API; everything else
 * goes through the Driver over Bolt.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    static final String USER = "neo4j";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Settings with no public constant; Bolt shutdown takes about 10 s without the last two. */
    private static final String EXTRA_SETTINGS = """
            dbms.usage_report.enabled=false
            server.fleet_discovery.enabled=false
            internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=0s
            internal.dbms.bolt.netty_server_shutdown_timeout=1
            """;

    private final DatabaseManagementService service;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * Starts Neo4j with its store under {@code dataDir/neo4j} and sets the password of
     * {@value #USER}. Blocks until Bolt listens (about 7 s).
     */
    static EmbeddedNeo4j start(Path dataDir, String address, int port, String pageCache, String password) {
        int boltPort = port == 0 ? freePort(address) : port;
        Path home = dataDir.resolve("neo4j");
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .loadPropertiesFromFile(writeExtraSettings(dataDir))
                    .setConfig(Map.of(
                            GraphDatabaseSettings.auth_enabled, true,
                            GraphDatabaseSettings.pagecache_memory, ByteSizes.parse(pageCache),
                            BoltConnector.enabled, true,
                            BoltConnector.listen_address, new SocketAddress(address, boltPort),
                            BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                            HttpConnector.enabled, false,
                            HttpsConnector.enabled, false))
                    .setConfig(Neo4jSandboxSettings.of(home))
                    .build();
            setPassword(service, password);
        } catch (RuntimeException e) {
            throw StartupFailures.neo4jFailure(e, home, address, boltPort);
        }
        URI uri = URI.create("bolt://" + hostForUri(address) + ":" + boltPort);
        log.info("Embedded Neo4j started in {}; Bolt on {}", home, uri);
        return new EmbeddedNeo4j(service, uri);
    }

    /** Returns the URI a Driver uses to reach this server. */
    URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database("system").executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has: nothing to do.
            if (!e.getMessage().contains("same")) {
                throw e;
            }
        }
    }

    private static Path writeExtraSettings(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("neo4j-extra.conf");
            Files.writeString(file, EXTRA_SETTINGS);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Neo4j settings into " + dataDir, e);
        }
    }

    private static int freePort(String address) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + address, e);
        }
    }

    private static String hostForUri(String address) {
        if ("0.0.0.0".equals(address)) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
