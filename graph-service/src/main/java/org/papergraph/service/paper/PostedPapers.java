package org.papergraph.service.paper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.papergraph.service.paper.PaperIngestion.PaperInput;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posted papers, checked the way {@code extract} checks a corpus: through the extractor's own
 * {@link CorpusReader} (title and abstract present, not blank, not too long; abstract in English),
 * by way of a temporary JSON Lines file in which paper {@code n} is line {@code n}. Before that,
 * a title or abstract holding control characters or U+FFFD is refused as binary junk, which the
 * reader only catches for whole files. Each refusal names the paper by position and id:
 * {@code POST /api/papers: paper 2 (2501.00002): abstract is empty}. Not thread-safe; one per request.
 */
final class PostedPapers {

    static final String SOURCE = "POST /api/papers";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final JsonMapper json;
    private final List<PaperRecord> accepted = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final Set<Long> refusedHere = new HashSet<>();

    private PostedPapers(JsonMapper json) {
        this.json = json;
    }

    /** Checks the posted papers. */
    static PostedPapers check(List<PaperInput> inputs, JsonMapper json) {
        PostedPapers papers = new PostedPapers(json);
        Path file = null;
        try {
            file = Files.createTempFile("papergraph-post", ".jsonl");
            papers.write(inputs, file);
            CorpusReader.open(file).results().forEach(papers::take);
            return papers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the posted papers in a temporary file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Returns the papers that passed every check, as records of {@value #SOURCE}. */
    List<PaperRecord> accepted() {
        return accepted;
    }

    /** Returns one line for each paper that did not pass, naming it and the problem. */
    List<String> rejected() {
        return rejected;
    }

    /**
     * Finds a control character (other than tab and line breaks) or U+FFFD, the mark of bytes that
     * were not text, and says where it is.
     */
    static Optional<String> findNonText(String field, @Nullable String text) {
        for (int i = 0; text != null && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(field + " is not text: it holds " + String.format("U+%04X", (int) c)
                        + " at character " + (i + 1));
            }
        }
        return Optional.empty();
    }

    private void write(List<PaperInput> inputs, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < inputs.size(); i++) {
                out.write(line(i + 1, inputs.get(i)));
                out.write('\n');
            }
        }
    }

    /** The paper as a JSON line; {@code {}} for one refused here, whose complaint from the reader is dropped. */
    private String line(int position, PaperInput input) {
        Optional<String> junk = findNonText("title", input.title()).or(() -> findNonText("abstract",
                input.abstractText()));
        if (junk.isEmpty()) {
            return json.writeValueAsString(jsonObject(input));
        }
        rejected.add(SOURCE + ": paper " + position + (input.id() == null ? "" : " (" + input.id() + ")") + ": "
                + junk.get());
        refusedHere.add((long) position);
        return "{}";
    }

    private void take(ReadResult result) {
        switch (result) {
            case ReadResult.Accepted(PaperRecord read) -> accepted.add(new PaperRecord(SOURCE, read.recordNumber(),
                    read.id(), read.title(), read.abstractText(), read.authors(), read.categories(), read.date()));
            case ReadResult.Rejected(RecordError error) when !refusedHere.contains(lineOf(error)) ->
                    rejected.add(SOURCE + ": " + error.record().replaceFirst("^line ", "paper ") + ": " + error.reason());
            case ReadResult.Rejected ignored -> { }
        }
    }

    private ObjectNode jsonObject(PaperInput in) {
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

    private static long lineOf(RecordError error) {
        Matcher m = LINE.matcher(error.record());
        return m.lookingAt() ? Long.parseLong(m.group(1)) : -1;
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
}
