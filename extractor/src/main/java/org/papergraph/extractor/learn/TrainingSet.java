package org.papergraph.extractor.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.papergraph.extractor.PaperRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annotated papers to train on: the gold annotations of a gold file joined by id to their
 * abstracts in the arXiv corpus file. Reserved ids are refused outright: a gold file that names
 * one is an error, and the corpus records they name are skipped before they are parsed.
 *
 * <p>Besides the papers to cross-validate on, a set may hold extra papers that are only ever
 * trained on: annotations made for the project ({@code extractor/training/}), never scored.
 *
 * @param papers the gold papers with their records, in gold-file order
 * @param extra the extra training papers with their records, in file order
 */
public record TrainingSet(List<Item> papers, List<Item> extra) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Returns every paper to train on: the gold file's, then the extra ones. */
    public List<Item> all() {
        List<Item> all = new ArrayList<>(papers);
        all.addAll(extra);
        return all;
    }

    /**
     * A gold paper and its text.
     *
     * @param record the paper's title and abstract
     * @param gold its annotation
     */
    public record Item(PaperRecord record, GoldPaper gold) {}

    /**
     * Reads the gold file and looks its papers up in the corpus.
     *
     * @param gold the gold JSON Lines file (each paper with an {@code id})
     * @param corpus the corpus JSON Lines file, plain or gzipped
     * @param reserved a file of ids, one a line, never to be read
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException naming the file and line of a gold paper without an id, with a
     *     reserved id, or missing from the corpus
     */
    public static TrainingSet load(Path gold, Path corpus, Path reserved) throws IOException {
        return load(gold, List.of(), corpus, reserved);
    }

    /**
     * Reads the gold file and the extra training files and looks their papers up in the corpus.
     *
     * @param gold the gold JSON Lines file (each paper with an {@code id})
     * @param extra more annotated papers, only to train on
     * @param corpus the corpus JSON Lines file, plain or gzipped
     * @param reserved a file of ids, one a line, never to be read
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException naming the file and line of a paper without an id, with a
     *     reserved id, annotated twice, or missing from the corpus
     */
    public static TrainingSet load(Path gold, List<Path> extra, Path corpus, Path reserved) throws IOException {
        Set<String> reservedIds = new HashSet<>();
        for (String line : Files.readAllLines(reserved, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                reservedIds.add(line.strip());
            }
        }
        Map<String, Path> seen = new HashMap<>();
        List<GoldPaper> golds = read(gold, reservedIds, reserved, seen);
        List<GoldPaper> extras = new ArrayList<>();
        for (Path file : extra) {
            extras.addAll(read(file, reservedIds, reserved, seen));
        }
        Map<String, PaperRecord> records = records(corpus, seen.keySet(), reservedIds);
        return new TrainingSet(items(golds, records, seen, corpus), items(extras, records, seen, corpus));
    }

    private static List<Item> items(List<GoldPaper> golds, Map<String, PaperRecord> records, Map<String, Path> files, Path corpus) {
        List<Item> items = new ArrayList<>();
        for (GoldPaper g : golds) {
            PaperRecord record = records.get(g.id());
            if (record == null) {
                throw new IllegalArgumentException(files.get(g.id()) + ": paper " + g.id() + " is not in " + corpus);
            }
            items.add(new Item(record, g));
        }
        return List.copyOf(items);
    }

    private static List<GoldPaper> read(Path gold, Set<String> reservedIds, Path reserved, Map<String, Path> seen) throws IOException {
        List<GoldPaper> golds = new ArrayList<>();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            GoldPaper g;
            try {
                g = GoldPaper.parse(lines.get(i));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(gold + " line " + (i + 1) + ": not a paper annotation: " + e.getMessage(), e);
            }
            if (g.id() == null) {
                throw new IllegalArgumentException(gold + " line " + (i + 1) + ": a training paper needs an id");
            }
            if (reservedIds.contains(g.id())) {
                throw new IllegalArgumentException(gold + " line " + (i + 1) + ": " + g.id() + " is a reserved id (" + reserved + ")");
            }
            Path earlier = seen.putIfAbsent(g.id(), gold);
            if (earlier != null) {
                throw new IllegalArgumentException(gold + " line " + (i + 1) + ": " + g.id() + " is annotated twice (also in "
                        + earlier + ")");
            }
            golds.add(g);
        }
        return golds;
    }

    private static Map<String, PaperRecord> records(Path corpus, Set<String> wanted, Set<String> reserved) throws IOException {
        Map<String, PaperRecord> out = new HashMap<>();
        try (InputStream raw = Files.newInputStream(corpus);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8))) {
            long n = 0;
            for (String line = in.readLine(); line != null && out.size() < wanted.size(); line = in.readLine()) {
                n++;
                String id = idOf(line);
                if (id == null || reserved.contains(id) || !wanted.contains(id)) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(line);
                String date = node.path("date").isString() ? node.path("date").asString() : null;
                out.put(id, new PaperRecord(corpus.getFileName().toString(), n, id, node.path("title").asString(""),
                        node.path("abstract").asString(""), List.of(), List.of(), date));
            }
        }
        return out;
    }

    /** Reads the id at the start of a corpus line without parsing the rest ({@code {"id": "2503.11677", ...}}). */
    private static @org.jspecify.annotations.Nullable String idOf(String line) {
        int key = line.indexOf("\"id\"");
        if (key < 0) {
            return null;
        }
        int open = line.indexOf('"', line.indexOf(':', key) + 1);
        int close = line.indexOf('"', open + 1);
        return open < 0 || close < 0 ? null : line.substring(open + 1, close);
    }
}
