package org.papergraph.extractor.wordclass;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.AtomicFile;
import org.papergraph.extractor.PaperRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Computes distributional word classes from a corpus of abstracts and writes them as a TSV of
 * {@code word<TAB>class} lines sorted by word, the file {@link WordClasses} reads.
 *
 * <p>Steps: tokenise every title and abstract as the pipeline does, lowercased, leaving out the
 * papers whose ids are excluded; count, for each word seen at least {@code --min-count} times,
 * the {@code --contexts} most frequent words within {@code --window} positions; turn the counts
 * into PPMI; reduce to {@code --dims} dimensions by randomized SVD; cluster the unit vectors into
 * {@code --classes} classes by spherical k-means. Classes are numbered by their most frequent
 * word. The same input, options and seed give the same bytes.
 *
 * <p>Exit status: 0 on success, 2 when the input or the exclusion list cannot be used.
 * Run as {@code java -Xmx6g -cp ... org.papergraph.extractor.wordclass.WordClassesCommand}.
 */
@Command(name = "word-classes", mixinStandardHelpOptions = true,
        description = "Compute distributional word classes (PPMI, SVD, spherical k-means) from a corpus of abstracts.")
public final class WordClassesCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions source = new CorpusOptions();

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "extractor/src/main/resources/models/word-classes.tsv",
            description = "TSV to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("");

    @Option(names = "--classes", paramLabel = "K", defaultValue = "500", description = "Number of classes (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
            description = "Give a class to words seen at least N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--dims", paramLabel = "D", defaultValue = "100", description = "SVD dimensions (default: ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--contexts", paramLabel = "N", defaultValue = "2000",
            description = "Context words: the N most frequent (default: ${DEFAULT-VALUE}).")
    int contexts;

    @Option(names = "--window", paramLabel = "W", defaultValue = "2",
            description = "Context window: W words on each side (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "50",
            description = "At most N k-means iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    PrintStream err = System.err;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new WordClassesCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        String invalid = invalidOption();
        if (invalid != null) {
            err.println("error: " + invalid);
            return 2;
        }
        Set<String> excludedIds = source.excludedIds(err);
        if (excludedIds == null) {
            return 2;
        }
        CorpusOptions.Skipped skipped = new CorpusOptions.Skipped();
        TokenizedCorpus corpus;
        try (Stream<PaperRecord> papers = source.papers(excludedIds, skipped, err)) {
            corpus = TokenizedCorpus.read(papers);
        }
        int words = corpus.wordsSeenAtLeast(minCount);
        int contextWords = Math.min(contexts, corpus.words().size());
        err.printf("read %d papers (%d excluded by id, %d rejected): %d tokens, %d distinct words, %d seen >= %d times [%s]%n",
                corpus.papers(), skipped.excluded.get(), skipped.rejected.get(), corpus.tokens(), corpus.words().size(), words, minCount, elapsed(start));
        int needed = dims + RandomizedSvd.OVERSAMPLING;
        if (words < classes || words < needed || contextWords < needed) {
            err.printf("error: %d words seen >= %d times and %d context words are too few for --classes %d --dims %d%n",
                    words, minCount, contextWords, classes, dims);
            return 2;
        }
        PpmiMatrix ppmi = PpmiMatrix.build(corpus.sequences(), words, contextWords, window);
        err.printf("PPMI: %d x %d, %d positive entries [%s]%n", ppmi.rows(), ppmi.columns(), ppmi.nonZeros(), elapsed(start));
        double[] vectors = RandomizedSvd.unitRowVectors(ppmi, dims, seed);
        err.printf("SVD to %d dimensions [%s]%n", dims, elapsed(start));
        SphericalKMeans.Result clusters = SphericalKMeans.cluster(vectors, dims, classes, iterations, seed);
        err.printf("k-means: %d classes, %d iterations, %s [%s]%n", classes, clusters.iterations(),
                clusters.converged() ? "converged" : "stopped at the cap", elapsed(start));
        int written = write(corpus.words().subList(0, words), numberByFirstMember(clusters.assignment()));
        err.printf("wrote %d words to %s [%s]%n", written, out, elapsed(start));
        return 0;
    }

    /** Returns what is wrong with the numeric options, or null when they can be used. */
    private @Nullable String invalidOption() {
        if (classes < 1 || minCount < 1 || dims < 1 || contexts < 1 || window < 1 || iterations < 1) {
            return "--classes, --min-count, --dims, --contexts, --window and --iterations must be at least 1";
        }
        return null;
    }

    /** Renames clusters so that class 0 holds the most frequent word, class 1 the next new one, and so on. */
    private static int[] numberByFirstMember(int[] assignment) {
        int[] name = new int[assignment.length];
        Arrays.fill(name, -1);
        int next = 0;
        int[] classOf = new int[assignment.length];
        for (int w = 0; w < assignment.length; w++) {
            if (name[assignment[w]] < 0) {
                name[assignment[w]] = next++;
            }
            classOf[w] = name[assignment[w]];
        }
        return classOf;
    }

    /**
     * Writes {@code word<TAB>C<class>} lines sorted by word, through a temporary file renamed into
     * place. Words holding white space (a tokenizer keeps "3 000" with a no-break space as one
     * token) are left out: they cannot be a TSV key for every reader.
     */
    private int write(List<String> words, int[] classOf) throws IOException {
        Integer[] order = new Integer[words.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(words::get));
        List<Integer> kept = Arrays.stream(order)
                .filter(w -> words.get(w).codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)))
                .toList();
        AtomicFile.replace(out, file -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
            for (int w : kept) {
                writer.write(words.get(w) + "\tC" + classOf[w] + "\n");
            }
            writer.flush();
        });
        return kept.size();
    }

    private static String elapsed(long start) {
        return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
