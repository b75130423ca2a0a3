package org.papergraph.service.paper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.extractor.read.ReadResult;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.papergraph.service.load.PaperExtractor;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.PaperGraphProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the API token, then checks, extracts and loads posted abstracts. A paper that fails a
 * check is reported by its position and id, and the others still load.
 */
@Service
class PaperIngestion {

    private static final String SOURCE = "POST /api/papers";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private final @Nullable String token;
    private final ObjectProvider<PaperExtractor> extractor;
    private final GraphLoader loader;
    private final JsonMapper json;

    PaperIngestion(PaperGraphProperties properties, ObjectProvider<PaperExtractor> extractor, GraphLoader loader,
            JsonMapper json) {
        this.json = json;
        this.token = properties.apiToken() == null || properties.apiToken().isBlank() ? null : properties.apiToken();
        this.extractor = extractor;
        this.loader = loader;
    }

    /**
     * One abstract to ingest.
     *
     * @param id an identifier such as an arXiv id; without one, the paper is named from its title
     * @param title the title
     * @param abstractText the abstract (JSON field {@code abstract})
     * @param authors author names
     * @param categories subject categories
     * @param date an ISO date or a year
     */
    record PaperInput(@Nullable String id, @Nullable String title,
            @com.fasterxml.jackson.annotation.JsonProperty("abstract") @Nullable String abstractText,
            @Nullable List<String> authors, @Nullable List<String> categories, @Nullable String date) {}

    /**
     * What an ingestion did.
     *
     * @param loaded papers extracted and loaded
     * @param quads quads written
     * @param errors papers that could not be read, extracted or loaded: {@code POST /api/papers:
     *     paper 2 (2501.00002): abstract is empty}
     */
    record Result(int loaded, long quads, List<String> errors) {}

    void checkToken(@Nullable String authorization, @Nullable String apiToken) {
        if (token == null) {
            throw ApiException.forbidden("POST /api/papers is disabled: start the service with papergraph.api-token set");
        }
        String given = apiToken != null ? apiToken
                : authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.unauthorized("a valid API token is required: send 'Authorization: Bearer <token>'");
        }
    }

    Result ingest(List<PaperInput> inputs) {
        if (inputs.isEmpty()) {
            throw ApiException.badRequest("send a JSON array of at least one paper {id, title, abstract}");
        }
        PaperExtractor available = extractor.getIfAvailable();
        if (available == null) {
            throw ApiException.unavailable("the extractor is not available in this service");
        }
        Checked checked = check(inputs);
        if (checked.accepted().isEmpty()) {
            throw ApiException.badRequest("no paper could be read: " + String.join("; ", checked.rejected()));
        }
        PaperExtractor.Extraction extraction = available.extract(checked.accepted());
        LoadReport report = loader.load(extraction.dataset());
        List<String> errors = new ArrayList<>(checked.rejected());
        errors.addAll(extraction.errors());
        errors.addAll(report.skipped());
        return new Result(report.papers(), report.quads(), errors);
    }

    /**
     * Puts the posted papers through the extractor's own reader ({@link CorpusReader}, the same checks
     * and messages as {@code extract}: title and abstract present, not blank, not too long, abstract
     * in English) by writing them as JSON Lines to a temporary file; paper {@code n} is line {@code n}.
     */
    private Checked check(List<PaperInput> inputs) {
        Path file = null;
        try {
            file = Files.createTempFile("papergraph-post", ".jsonl");
            List<String> rejected = new ArrayList<>();
            Set<Long> notText = new HashSet<>();
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < inputs.size(); i++) {
                    PaperInput input = inputs.get(i);
                    Optional<String> junk = findNonText("title", input.title())
                            .or(() -> findNonText("abstract", input.abstractText()));
                    if (junk.isPresent()) {
                        rejected.add(name(i + 1, input.id()) + junk.get());
                        notText.add(i + 1L);
                    }
                    // Paper n stays line n for the reader; a paper refused here becomes an empty object.
                    out.write(junk.isPresent() ? "{}" : json.writeValueAsString(jsonLine(input)));
                    out.write('\n');
                }
            }
            List<PaperRecord> accepted = new ArrayList<>();
            CorpusReader.open(file).results().forEach(result -> {
                switch (result) {
                    case ReadResult.Accepted(PaperRecord record) -> accepted.add(posted(record));
                    case ReadResult.Rejected(RecordError error) -> {
                        if (!notText.contains(lineOf(error))) {
                            rejected.add(SOURCE + ": " + error.record().replaceFirst("^line ", "paper ") + ": "
                                    + error.reason());
                        }
                    }
                }
            });
            return new Checked(accepted, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the posted papers in a temporary file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static String name(int position, @Nullable String id) {
        return SOURCE + ": paper " + position + (id == null ? "" : " (" + id + ")") + ": ";
    }

    private static long lineOf(RecordError error) {
        Matcher m = LINE.matcher(error.record());
        return m.lookingAt() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * Finds control characters (other than tab and line breaks) or U+FFFD, the mark of bytes that
     * were not text: an abstract of them is binary junk, not an abstract.
     */
    static Optional<String> findNonText(String field, @Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(field + " is not text: it holds " + String.format("U+%04X", (int) c)
                        + " at character " + (i + 1));
            }
        }
        return Optional.empty();
    }

    private ObjectNode jsonLine(PaperInput in) {
        ObjectNode line = json.createObjectNode();
        putIfPresent(line, "id", in.id());
        putIfPresent(line, "title", in.title());
        putIfPresent(line, "abstract", in.abstractText());
        if (in.authors() != null) {
            in.authors().forEach(line.putArray("authors")::add);
        }
        if (in.categories() != null) {
            in.categories().forEach(line.putArray("categories")::add);
        }
        putIfPresent(line, "date", in.date());
        return line;
    }

    private static void putIfPresent(ObjectNode line, String field, @Nullable String value) {
        if (value != null) {
            line.put(field, value);
        }
    }

    private static PaperRecord posted(PaperRecord read) {
        return new PaperRecord(SOURCE, read.recordNumber(), read.id(), read.title(), read.abstractText(),
                read.authors(), read.categories(), read.date());
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover file in the temporary directory is harmless.
            }
        }
    }

    /** The posted papers that passed the checks, and one line for each that did not. */
    private record Checked(List<PaperRecord> accepted, List<String> rejected) {}
}
