package org.papergraph.extractor.wordclass;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.papergraph.extractor.AtomicFile;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.eval.Normalizer;
import org.papergraph.extractor.read.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Counts in how many papers of a corpus each phrase occurs and writes the table
 * {@link PhraseFrequencies} reads.
 *
 * <p>Each title and abstract is normalised as the pipeline normalises it (LaTeX, line breaks),
 * then as concept keys are (lower case, hyphens dropped, any other run of punctuation a word
 * break). Every run of 1 to {@value PhraseFrequencies#MAX_WORDS} words that neither starts nor
 * ends with a function word is a phrase, its last word's plural s dropped as in a key. A paper
 * counts once per phrase. Phrases found in at least {@code --min-count} papers are written, sorted,
 * through a temporary file renamed into place: the same corpus gives the same bytes.
 *
 * <p>Exit status: 0 on success, 2 when the input or the exclusion list cannot be used.
 */
@Command(name = "phrase-frequencies", mixinStandardHelpOptions = true,
        description = "Count in how many papers of a corpus of abstracts each phrase of 1-4 words occurs.")
public final class PhraseFrequenciesCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions source = new CorpusOptions();

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "extractor/src/main/resources/models/phrase-frequencies.tsv.gz",
            description = "Gzipped TSV to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("");

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
            description = "Write phrases found in at least N papers (default: ${DEFAULT-VALUE}).")
    int minCount;

    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        if (minCount < 1) {
            err.println("error: --min-count must be at least 1");
            return 2;
        }
        Set<String> excludedIds = source.excludedIds(err);
        if (excludedIds == null) {
            return 2;
        }
        CorpusOptions.Skipped skipped = new CorpusOptions.Skipped();
        List<PaperPhrases> papers;
        try (Stream<PaperRecord> records = source.papers(excludedIds, skipped, err)) {
            papers = records.map(p -> new PaperPhrases(phrases(p), PhraseFrequencies.day(p.date()))).toList();
        }
        Map<String, int[]> dates = datesByPhrase(papers);
        err.printf("read %d papers (%d excluded by id, %d rejected, %d without a date): %d phrases in >= %d papers [%.1f s]%n",
                papers.size(), skipped.excluded.get(), skipped.rejected.get(), papers.stream().filter(p -> p.day() == PhraseFrequencies.NO_DAY).count(),
                dates.size(), minCount, (System.nanoTime() - start) / 1e9);
        write(dates);
        err.printf("wrote %s [%.1f s]%n", out, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** A paper's phrases and its date as an epoch day ({@link PhraseFrequencies#NO_DAY} when it has none). */
    private record PaperPhrases(Set<String> phrases, int day) {}

    /**
     * Returns, for each phrase found in at least {@code --min-count} papers, the dates of those
     * papers as epoch days, sorted ({@link PhraseFrequencies#NO_DAY}, the largest int, last).
     */
    private Map<String, int[]> datesByPhrase(List<PaperPhrases> papers) {
        Map<String, int[]> counts = new HashMap<>();
        for (PaperPhrases paper : papers) {
            for (String phrase : paper.phrases()) {
                counts.computeIfAbsent(phrase, k -> new int[1])[0]++;
            }
        }
        Map<String, int[]> dates = new HashMap<>();
        counts.forEach((phrase, n) -> {
            if (n[0] >= minCount) {
                dates.put(phrase, new int[n[0]]);
            }
        });
        for (PaperPhrases paper : papers) {
            for (String phrase : paper.phrases()) {
                int[] days = dates.get(phrase);
                if (days != null) {
                    days[--counts.get(phrase)[0]] = paper.day();
                }
            }
        }
        dates.values().forEach(Arrays::sort);
        return dates;
    }

    /** Returns the phrases of a paper's title and abstract, each once. */
    static Set<String> phrases(PaperRecord paper) {
        Set<String> phrases = new HashSet<>();
        for (String text : List.of(paper.title(), paper.abstractText())) {
            String normal = Normalizer.words(TextNormalizer.normalize(text).text());
            List<String> words = normal.isEmpty() ? List.of() : List.of(normal.split(" "));
            for (int i = 0; i < words.size(); i++) {
                if (PhraseFrequencies.FUNCTION_WORDS.contains(words.get(i))) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int j = i; j < Math.min(words.size(), i + PhraseFrequencies.MAX_WORDS); j++) {
                    if (j > i) {
                        phrase.append(' ');
                    }
                    phrase.append(words.get(j));
                    if (!PhraseFrequencies.FUNCTION_WORDS.contains(words.get(j))) {
                        phrases.add(Normalizer.withoutPluralEnding(phrase.toString()));
                    }
                }
            }
        }
        return phrases;
    }

    /**
     * Writes the header lines and one {@code phrase<TAB>papers<TAB>days} line per phrase, sorted,
     * where days are the epoch days of the {@link PhraseFrequencies#RANKS}-th earliest dated papers
     * that use the phrase, as far as there are that many.
     */
    private void write(Map<String, int[]> dates) throws IOException {
        List<String> kept = new ArrayList<>(dates.keySet());
        kept.sort(null);
        AtomicFile.replace(out, file -> {
            GZIPOutputStream gzip = new GZIPOutputStream(file);
            Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
            writer.write("#min-count\t" + minCount + "\n");
            for (String phrase : kept) {
                int[] days = dates.get(phrase);
                StringBuilder line = new StringBuilder(phrase).append('\t').append(days.length).append('\t');
                for (int r = 0; r < PhraseFrequencies.RANKS.length && PhraseFrequencies.RANKS[r] <= days.length
                        && days[PhraseFrequencies.RANKS[r] - 1] != PhraseFrequencies.NO_DAY; r++) {
                    line.append(r > 0 ? "," : "").append(days[PhraseFrequencies.RANKS[r] - 1]);
                }
                writer.write(line.append('\n').toString());
            }
            writer.flush();
            gzip.finish();
        });
    }
}
