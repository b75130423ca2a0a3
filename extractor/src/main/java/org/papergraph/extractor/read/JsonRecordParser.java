package org.papergraph.extractor.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one line of JSON Lines into a {@link ReadResult}: parses it, reads the fields, runs the
 * record checks.
 *
 * <p>Fields: {@code id} (string or integer), {@code title}, {@code abstract}, and optionally
 * {@code authors} and {@code categories} (arrays of strings), {@code date} (an ISO date) or
 * {@code year} (an integer). Other fields are ignored. Thread-safe.
 */
final class JsonRecordParser {

    /** The longest parser message kept in an error reason; Jackson's can run to several lines. */
    static final int MAX_MESSAGE_CHARS = 160;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String source;

    JsonRecordParser(String source) {
        this.source = source;
    }

    /** Parses {@code line}, the text of line {@code lineNumber}, into a paper or an error. */
    ReadResult parse(long lineNumber, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            return reject(lineNumber, null, "malformed JSON: " + shorten(e));
        }
        if (!node.isObject()) {
            String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
            return reject(lineNumber, null, "line is a JSON " + type + ", not an object");
        }
        return toResult(lineNumber, new JsonFields(node));
    }

    private ReadResult toResult(long lineNumber, JsonFields fields) {
        String id = fields.id();
        String title = fields.text("title");
        String abstractText = fields.text("abstract");
        List<String> authors = fields.texts("authors");
        List<String> categories = fields.texts("categories");
        String date = fields.date();
        Optional<String> problem =
                fields.problem().or(() -> RecordChecks.findProblem(title, abstractText));
        if (problem.isPresent() || title == null || abstractText == null) {
            return reject(lineNumber, id, problem.orElse("record is incomplete"));
        }
        return new ReadResult.Accepted(new PaperRecord(
                source, lineNumber, id, title, abstractText, authors, categories, date));
    }

    private ReadResult reject(long lineNumber, @Nullable String id, String reason) {
        String record = "line " + lineNumber + (id == null ? "" : " (" + id + ")");
        return new ReadResult.Rejected(new RecordError(source, record, reason));
    }

    /** Returns Jackson's message cut to one short line, without the source, with the column. */
    static String shorten(JacksonException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String message = original.lines().findFirst().orElse("").strip();
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS - 3) + "...";
        }
        TokenStreamLocation location = e.getLocation();
        return location != null && location.getColumnNr() > 0
                ? message + " (column " + location.getColumnNr() + ")"
                : message;
    }
}
