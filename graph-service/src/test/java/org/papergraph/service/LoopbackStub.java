package org.papergraph.service;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 and a free port that answers every request with a small CSV and
 * records it: a test that points an attack at {@link #url} proves that no request left the
 * service when {@link #requests} stays empty.
 */
public final class LoopbackStub implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LoopbackStub(HttpServer server) {
        this.server = server;
    }

    /** Starts a stub. */
    public static LoopbackStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackStub stub = new LoopbackStub(server);
            server.createContext("/", exchange -> {
                stub.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = "stolen,data\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Returns the requests received so far ({@code GET /path}). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
