package org.papergraph.extractor.read;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from one JSON object and remembers the first field of the wrong type.
 *
 * <p>A missing field and a JSON {@code null} both read as absent. A field of the wrong type also
 * reads as absent, and {@link #problem()} then says which field and why. Not thread-safe; use one
 * instance per record.
 */
final class JsonFields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final JsonNode object;
    private @Nullable String problem;

    JsonFields(JsonNode object) {
        this.object = object;
    }

    /** Returns the first type problem found so far, such as {@code "title is not a string"}. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Reads the string field {@code name}, or {@code null} if it is absent or not a string. */
    @Nullable String text(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        return node.isString() ? node.stringValue() : wrongType(name, "is not a string");
    }

    /** Reads {@code id}, a string or an integer, as text. */
    @Nullable String id() {
        JsonNode node = present("id");
        if (node != null && node.isIntegralNumber()) {
            return node.asString();
        }
        return text("id");
    }

    /** Reads an array of strings; an absent field is an empty list. */
    List<String> texts(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node.isArray() ? node.values() : List.<JsonNode>of()) {
            if (!element.isString()) {
                break;
            }
            values.add(element.stringValue());
        }
        if (!node.isArray() || values.size() != node.size()) {
            wrongType(name, "is not an array of strings");
            return List.of();
        }
        return values;
    }

    /** Reads {@code date} (an ISO date, year-month or year), or else {@code year} (an integer). */
    @Nullable String date() {
        String date = text("date");
        if (date != null) {
            return isIsoDate(date)
                    ? date
                    : wrongType("date", "is not an ISO date (YYYY-MM-DD): " + quote(date));
        }
        JsonNode year = present("year");
        if (year == null) {
            return null;
        }
        String text = year.isIntegralNumber() || year.isString() ? year.asString() : "";
        return text.matches("\\d{4}") ? text : wrongType("year", "is not a four-digit year");
    }

    private static boolean isIsoDate(String date) {
        if (!ISO_DATE.matcher(date).matches()) {
            return false;
        }
        try {
            switch (date.length()) {
                case 4 -> Year.parse(date);
                case 7 -> YearMonth.parse(date);
                default -> LocalDate.parse(date);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String quote(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "\"";
    }

    private @Nullable JsonNode present(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private @Nullable String wrongType(String name, String reason) {
        if (problem == null) {
            problem = name + " " + reason;
        }
        return null;
    }
}
