package org.papergraph.extractor.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads our rule and lexicon files from the classpath: UTF-8 lines, {@code #} comments, blanks skipped. */
final class LexiconFiles {

    private LexiconFiles() {}

    /**
     * Returns the non-blank, non-comment lines of a classpath resource, trimmed at the end only.
     *
     * @throws IllegalStateException if the resource does not exist
     * @throws UncheckedIOException if it cannot be read
     */
    static List<String> lines(String resource) {
        InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("rule file not on the classpath: " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    lines.add(line.stripTrailing());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    /** Splits a tab-separated line, requiring at least {@code min} columns. */
    static String[] columns(String resource, String line, int min) {
        String[] parts = line.split("\t");
        if (parts.length < min) {
            throw new IllegalStateException(resource + ": expected " + min + " tab-separated columns in: " + line);
        }
        return parts;
    }
}
