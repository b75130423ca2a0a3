package org.papergraph.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for requests {@code java.net.http} will not send: any
 * {@code Host} header, bodies of arbitrary bytes (invalid UTF-8), request lines of any length.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawHttp() {}

    /**
     * An answer.
     *
     * @param status the status code
     * @param headers the headers, names in lower case
     * @param body the body as text
     */
    public record Answer(int status, Map<String, String> headers, String body) {

        /** The body as JSON (a problem document, say); a missing node for a body that is not JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                return JSON.missingNode();
            }
        }
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
    public static Answer send(int port, String head, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String headers = head + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET with the given {@code Host} header. */
    public static Answer get(int port, String pathAndQuery, String host, String... headers) {
        return send(port, "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + lines(headers), new byte[0]);
    }

    /** A POST of {@code body} as {@code application/json} with Host 127.0.0.1. */
    public static Answer postJson(int port, String path, byte[] body, String... headers) {
        return send(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/json" + lines(headers), body);
    }

    private static String lines(String... headers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            text.append("\r\n").append(headers[i]).append(": ").append(headers[i + 1]);
        }
        return text.toString();
    }

    private static Answer parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = end < 0 ? "" : text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n' && c != -1) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (n == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(in.readNBytes(n));
            in.skip(2);
        }
    }
}
