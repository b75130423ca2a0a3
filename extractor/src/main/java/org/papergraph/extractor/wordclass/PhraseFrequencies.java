package org.papergraph.extractor.wordclass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * How many papers of the arXiv abstracts used a phrase before a given date. Phrases have one to
 * {@value #MAX_WORDS} words, in the normal form of concept keys (lower case, hyphens dropped, other
 * punctuation a space, a final plural s dropped). Whether others used a name before a paper tells
 * a name the paper coins ("PoolFormer") from one it takes from the field ("contrastive learning"),
 * which is much of what decides whether the paper proposes it and whether its graph lists it.
 * Counting only earlier papers keeps a famous paper's own name new to it: counted over the whole
 * corpus, "Mamba" would look like a term of the field in the paper that introduced it.
 *
 * <p>Only phrases that neither start nor end with a function word are counted, and only those
 * found in at least {@link #minCount()} papers are stored. For each, the table keeps the total and
 * the dates of the 1st, 3rd, 10th, 50th and 250th earliest papers using it ({@link #RANKS}), so
 * {@link #papersBefore} answers in those steps. Phrases are stored as 64-bit FNV-1a hashes,
 * sorted. Immutable and thread-safe once loaded.
 *
 * <p>The data is a gzipped TSV: a first line {@code #min-count<TAB>N}, then
 * {@code phrase<TAB>papers<TAB>day,day,...} lines, the days being epoch days (days since
 * 1970-01-01) of the papers of those ranks, as far as there are that many dated papers.
 * {@link PhraseFrequenciesCommand} computes it.
 */
public final class PhraseFrequencies {

    /** The classpath resource of the frequencies computed from the arXiv corpus. */
    public static final String DEFAULT_RESOURCE = "models/phrase-frequencies.tsv.gz";

    /** The ranks of the earliest papers whose dates are kept: the 1st, the 3rd, ... */
    public static final int[] RANKS = {1, 3, 10, 50, 250};

    /** The day of a paper without a date; later than any real day. */
    public static final int NO_DAY = Integer.MAX_VALUE;

    /** The longest phrase counted, in words. */
    public static final int MAX_WORDS = 4;

    /** Words a counted phrase neither starts nor ends with. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with",
            "by", "from", "as", "at", "is", "are", "be", "this", "that", "these", "those", "we", "our", "its", "their", "it",
            "which", "into", "via", "than", "over", "under", "using", "based", "between");

    private final long[] hashes;
    /** Per phrase, {@code RANKS.length} epoch days, {@link #NO_DAY} where fewer papers were dated. */
    private final int[] days;
    private final int minCount;

    private PhraseFrequencies(long[] hashes, int[] days, int minCount) {
        this.hashes = hashes;
        this.days = days;
        this.minCount = minCount;
    }

    /** Returns the frequencies of {@link #DEFAULT_RESOURCE}, loaded once on first use and shared. */
    public static PhraseFrequencies shipped() {
        return Shipped.FREQUENCIES;
    }

    /** Holds the shipped frequencies; loaded when first asked for. */
    private static final class Shipped {
        static final PhraseFrequencies FREQUENCIES = loadResource(DEFAULT_RESOURCE);
    }

    /**
     * Loads frequencies from a gzipped classpath resource.
     *
     * @throws IllegalArgumentException if the resource is missing or malformed
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static PhraseFrequencies loadResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = PhraseFrequencies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing classpath resource " + resource);
            }
            return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads the {@code #min-count} line and then {@code phrase<TAB>papers<TAB>days} lines;
     * {@code source} names the input in error messages.
     *
     * @throws IllegalArgumentException on a malformed line, a phrase listed twice or two phrases
     *     with one hash
     */
    public static PhraseFrequencies read(BufferedReader reader, String source) throws IOException {
        String header = reader.readLine();
        String[] head = header == null ? new String[0] : header.split("\t", -1);
        if (head.length != 2 || !head[0].equals("#min-count")) {
            throw new IllegalArgumentException(source + " line 1: expected #min-count<TAB>N, got \"" + header + "\"");
        }
        int minCount = parseCount(head[1], source, 1);
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isEmpty()) {
                throw new IllegalArgumentException(source + " line " + number + ": expected phrase<TAB>papers<TAB>days, got \"" + line + "\"");
            }
            parseCount(fields[1], source, number);
            rows.add(new Row(hash(fields[0]), parseDays(fields[2], source, number), number));
        }
        rows.sort((a, b) -> Long.compare(a.hash(), b.hash()));
        long[] hashes = new long[rows.size()];
        int[] days = new int[rows.size() * RANKS.length];
        for (int i = 0; i < rows.size(); i++) {
            hashes[i] = rows.get(i).hash();
            System.arraycopy(rows.get(i).days(), 0, days, i * RANKS.length, RANKS.length);
            if (i > 0 && hashes[i] == hashes[i - 1]) {
                throw new IllegalArgumentException(source + " line " + rows.get(i).line() + ": phrase listed twice or hash shared with line "
                        + rows.get(i - 1).line());
            }
        }
        return new PhraseFrequencies(hashes, days, minCount);
    }

    private record Row(long hash, int[] days, int line) {}

    /** Parses up to {@code RANKS.length} ascending epoch days, padding with {@link #NO_DAY}. */
    private static int[] parseDays(String field, String source, int line) {
        int[] days = new int[RANKS.length];
        Arrays.fill(days, NO_DAY);
        String[] parts = field.isEmpty() ? new String[0] : field.split(",", -1);
        boolean valid = parts.length <= RANKS.length;
        for (int i = 0; valid && i < parts.length; i++) {
            try {
                days[i] = Integer.parseInt(parts[i]);
                valid = i == 0 || days[i] >= days[i - 1];
            } catch (NumberFormatException e) {
                valid = false;
            }
        }
        if (!valid) {
            throw new IllegalArgumentException(source + " line " + line + ": expected at most " + RANKS.length
                    + " ascending epoch days separated by commas, got \"" + field + "\"");
        }
        return days;
    }

    private static int parseCount(String field, String source, int line) {
        try {
            int n = Integer.parseInt(field);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + " line " + line + ": expected a positive count, got \"" + field + "\"");
    }

    /**
     * Returns how many papers used a phrase before a day, in the steps of {@link #RANKS}: the
     * largest rank whose paper is dated before the day, else 0 (also for a phrase too rare to be
     * stored); −1 when phrases like it are not counted at all.
     *
     * @param key a concept key (see {@link #isCounted})
     * @param day an epoch day
     */
    public int papersBefore(String key, int day) {
        if (!isCounted(key)) {
            return -1;
        }
        int at = Arrays.binarySearch(hashes, hash(key));
        int before = 0;
        for (int r = 0; at >= 0 && r < RANKS.length && days[at * RANKS.length + r] < day; r++) {
            before = RANKS[r];
        }
        return before;
    }

    /** Returns the epoch day of an ISO date ({@code 2025-03-18}), or {@link #NO_DAY} for none or a year alone. */
    public static int day(@Nullable String isoDate) {
        if (isoDate == null) {
            return NO_DAY;
        }
        try {
            return Math.toIntExact(java.time.LocalDate.parse(isoDate).toEpochDay());
        } catch (java.time.format.DateTimeParseException e) {
            return NO_DAY;
        }
    }

    /** Returns the fewest papers a stored phrase occurs in. */
    public int minCount() {
        return minCount;
    }

    /** Returns the number of stored phrases. */
    public int size() {
        return hashes.length;
    }

    /** Returns true when phrases of this form are counted: 1 to {@value #MAX_WORDS} words, no function word at either end. */
    public static boolean isCounted(String key) {
        if (key.isEmpty()) {
            return false;
        }
        String[] words = key.split(" ");
        return words.length <= MAX_WORDS && !FUNCTION_WORDS.contains(words[0])
                && !FUNCTION_WORDS.contains(words[words.length - 1]);
    }

    /** 64-bit FNV-1a over the phrase's UTF-16 code units. */
    static long hash(String phrase) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < phrase.length(); i++) {
            h ^= phrase.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
