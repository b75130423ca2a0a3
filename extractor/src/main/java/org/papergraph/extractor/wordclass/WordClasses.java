package org.papergraph.extractor.wordclass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Distributional word classes: which class a word belongs to, among classes of words that occur
 * in similar contexts in the arXiv abstracts (so "llama", "qwen" and "gemini" share one).
 *
 * <p>The data is a TSV of {@code word<TAB>class} lines, as {@link WordClassesCommand} writes it;
 * words are lowercased pipeline tokens and classes are names such as {@code C123}. Immutable and
 * thread-safe once loaded.
 *
 * <pre>{@code
 * WordClasses classes = WordClasses.loadDefault();
 * classes.classOf("LLaMA");   // "C17", say; null for a word not in the file
 * }</pre>
 */
public final class WordClasses {

    /** The classpath resource of the classes computed from the arXiv corpus. */
    public static final String DEFAULT_RESOURCE = "models/word-classes.tsv";

    private final Map<String, String> classByWord;

    private WordClasses(Map<String, String> classByWord) {
        this.classByWord = Map.copyOf(classByWord);
    }

    /** Returns the classes of {@link #DEFAULT_RESOURCE}, loaded once on first use and shared (they are immutable). */
    public static WordClasses shipped() {
        return Shipped.CLASSES;
    }

    /** Holds the shipped classes; loaded when first asked for. */
    private static final class Shipped {
        static final WordClasses CLASSES = loadDefault();
    }

    /** Loads {@link #DEFAULT_RESOURCE}. */
    public static WordClasses loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    /**
     * Loads word classes from a classpath resource.
     *
     * @param resource a resource path such as {@code models/word-classes.tsv}
     * @throws IllegalArgumentException if the resource is missing or a line is not {@code word<TAB>class}
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static WordClasses loadResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = WordClasses.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing classpath resource " + resource);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads {@code word<TAB>class} lines; {@code source} names the input in error messages.
     *
     * @throws IllegalArgumentException on a line without exactly two non-empty fields, or a word listed twice
     */
    public static WordClasses read(BufferedReader reader, String source) throws IOException {
        Map<String, String> classes = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isEmpty() || fields[1].isEmpty()) {
                throw new IllegalArgumentException(source + " line " + number + ": expected word<TAB>class, got \"" + line + "\"");
            }
            if (classes.put(fields[0], fields[1]) != null) {
                throw new IllegalArgumentException(source + " line " + number + ": word \"" + fields[0] + "\" listed twice");
            }
        }
        return new WordClasses(classes);
    }

    /**
     * Returns the class of a word, looked up lowercased, or {@code null} when the word is unknown
     * (seen too rarely in the corpus).
     */
    public @Nullable String classOf(String word) {
        return classByWord.get(word.toLowerCase(Locale.ROOT));
    }

    /** Returns the number of words with a class. */
    public int size() {
        return classByWord.size();
    }
}
