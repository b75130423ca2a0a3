package org.papergraph.service;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.query.NamedQueryResult;
import tools.jackson.databind.json.JsonMapper;

/** Prints a named query's rows as an aligned table, CSV (RFC 4180) or JSON. */
final class RowPrinter {

    /** The output formats of {@code papergraph query}. */
    enum Format {
        TABLE, CSV, JSON;

        /** Parses {@code table}, {@code csv} or {@code json}, ignoring case. */
        static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + text + "': use table, csv or json");
        }
    }

    private static final int MAX_CELL = 60;

    private RowPrinter() {}

    static void print(PrintStream out, Format format, NamedQueryResult result) {
        switch (format) {
            case JSON -> out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(result));
            case CSV -> csv(out, result);
            case TABLE -> table(out, result);
        }
    }

    private static void table(PrintStream out, NamedQueryResult result) {
        List<String> columns = result.columns();
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        for (Map<String, @Nullable Object> row : result.rows()) {
            cells.add(columns.stream().map(c -> cut(text(row.get(c)))).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                text.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line.get(i)));
            }
            out.println(text.toString().stripTrailing());
        }
        out.printf("(%d row%s%s, %s)%n", result.rows().size(), result.rows().size() == 1 ? "" : "s",
                result.truncated() ? ", cut at the limit" : "", result.language());
    }

    private static void csv(PrintStream out, NamedQueryResult result) {
        out.print(String.join(",", result.columns().stream().map(RowPrinter::quote).toList()) + "\r\n");
        for (Map<String, @Nullable Object> row : result.rows()) {
            out.print(String.join(",", result.columns().stream().map(c -> quote(text(row.get(c)))).toList()) + "\r\n");
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String cut(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= MAX_CELL ? line : line.substring(0, MAX_CELL - 1) + "…";
    }

    private static String quote(String text) {
        return text.matches(".*[\",\r\n].*") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
