package org.papergraph.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of named queries: every query listed in {@code /queries/catalogue.txt}, in each
 * language it has a file for ({@code /queries/cypher/NAME.cypher}, {@code /queries/sparql/NAME.rq}).
 *
 * <p>{@link #load()} reads the files from the classpath once; the catalogue is immutable and
 * thread-safe. Loading fails only when the build is broken: with {@link IllegalStateException}
 * for a listed query without any file, or a file whose header names another query, and
 * {@link IllegalArgumentException} for a malformed header.
 */
public final class NamedQueries {

    /** The classpath location of the list of query names, one a line. */
    public static final String CATALOGUE_RESOURCE = "/queries/catalogue.txt";

    private static volatile @Nullable NamedQueries loaded;

    private final Map<String, Map<QueryLanguage, NamedQuery>> byName;

    private NamedQueries(Map<String, Map<QueryLanguage, NamedQuery>> byName) {
        this.byName = byName;
    }

    /** Returns the catalogue, reading it from the classpath on first use. */
    public static NamedQueries load() {
        NamedQueries catalogue = loaded;
        if (catalogue == null) {
            catalogue = read();
            loaded = catalogue;
        }
        return catalogue;
    }

    /** Returns the query names, in catalogue order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Returns every query in every language it has, in catalogue order, Cypher first. */
    public List<NamedQuery> all() {
        return byName.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** Returns the languages the named query is written in; empty for an unknown name. */
    public List<QueryLanguage> languages(String name) {
        Map<QueryLanguage, NamedQuery> versions = byName.get(name);
        return versions == null ? List.of() : List.copyOf(versions.keySet());
    }

    /** Returns the named query in the given language, if it is written in it. */
    public Optional<NamedQuery> find(String name, QueryLanguage language) {
        Map<QueryLanguage, NamedQuery> versions = byName.get(name);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(language));
    }

    /**
     * Returns the named query in its preferred language: SPARQL where it has it, else Cypher.
     *
     * @throws IllegalArgumentException if no query has the name
     */
    public NamedQuery preferred(String name) {
        return find(name, QueryLanguage.SPARQL).or(() -> find(name, QueryLanguage.CYPHER))
                .orElseThrow(() -> new IllegalArgumentException("no named query '" + name + "'; the catalogue has "
                        + String.join(", ", names())));
    }

    private static NamedQueries read() {
        Map<String, Map<QueryLanguage, NamedQuery>> byName = new LinkedHashMap<>();
        for (String name : catalogueNames()) {
            Map<QueryLanguage, NamedQuery> versions = new EnumMap<>(QueryLanguage.class);
            for (QueryLanguage language : QueryLanguage.values()) {
                String path = "/queries/" + language.label() + "/" + name + language.extension();
                String text = resource(path);
                if (text != null) {
                    NamedQuery query = QueryFileParser.parse(path, language, text);
                    if (!query.name().equals(name)) {
                        throw new IllegalStateException(path + " names itself '" + query.name() + "'");
                    }
                    versions.put(language, query);
                }
            }
            if (versions.isEmpty()) {
                throw new IllegalStateException("query '" + name + "' is listed in " + CATALOGUE_RESOURCE
                        + " but has no file");
            }
            byName.put(name, versions);
        }
        return new NamedQueries(byName);
    }

    private static List<String> catalogueNames() {
        String text = resource(CATALOGUE_RESOURCE);
        if (text == null) {
            throw new IllegalStateException(CATALOGUE_RESOURCE + " is missing from the classpath");
        }
        List<String> names = new ArrayList<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        return names;
    }

    private static @Nullable String resource(String path) {
        try (InputStream in = NamedQueries.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
