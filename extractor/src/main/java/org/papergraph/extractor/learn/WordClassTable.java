package org.papergraph.extractor.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Distributional word classes, looked up by lower-case word; an empty table where none ship. */
public final class WordClassTable implements Function<String, @Nullable String> {

    /** The classpath resource of the shipped classes. */
    public static final String RESOURCE = "models/word-classes.tsv";

    private static volatile @Nullable WordClassTable shipped;

    private final Map<String, String> classes;

    private WordClassTable(Map<String, String> classes) {
        this.classes = classes;
    }

    /** Returns the shipped classes (loaded once), or an empty table when the classpath has none. */
    public static WordClassTable shipped() {
        WordClassTable table = shipped;
        if (table == null) {
            synchronized (WordClassTable.class) {
                table = shipped;
                if (table == null) {
                    table = load();
                    shipped = table;
                }
            }
        }
        return table;
    }

    private static WordClassTable load() {
        Map<String, String> classes = new HashMap<>();
        try (InputStream in = WordClassTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        classes.put(line.substring(0, tab), "C" + line.substring(tab + 1).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new WordClassTable(Map.copyOf(classes));
    }

    @Override
    public @Nullable String apply(String word) {
        return classes.get(word.toLowerCase(Locale.ROOT));
    }

    /** Returns the number of words with a class. */
    public int size() {
        return classes.size();
    }
}
