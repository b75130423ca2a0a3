package org.papergraph.extractor.wordclass;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.pipeline.ExtractionPipeline;
import org.papergraph.extractor.read.TextNormalizer;

/**
 * A corpus as sequences of word ids: the title and the abstract of each paper, normalised as the
 * extraction pipeline normalises them, tokenised with the pipeline's {@code tokenize.options} and
 * lowercased. Word ids are ranks: id 0 is the most frequent word, ties ordered by the word, so the
 * ids do not depend on reading order or thread scheduling.
 *
 * @param words every word, indexed by id
 * @param counts each word's number of occurrences, indexed by id (non-increasing)
 * @param sequences one id sequence per title and per abstract; a context window never crosses two
 * @param papers the number of papers read into the statistics
 */
record TokenizedCorpus(List<String> words, int[] counts, List<int[]> sequences, int papers) {

    /**
     * Tokenises every paper of the stream, in parallel on the common fork-join pool; the result is
     * the same whatever the scheduling.
     */
    static TokenizedCorpus read(Stream<PaperRecord> papers) {
        TokenizerFactory<CoreLabel> tokenizers = PTBTokenizer.factory(new CoreLabelTokenFactory(), tokenizerOptions());
        ConcurrentHashMap<String, Integer> provisionalIds = new ConcurrentHashMap<>();
        AtomicInteger nextId = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        List<int[]> sequences = papers
                .peek(paper -> read.incrementAndGet())
                .flatMap(TokenizedCorpus::fields)
                .map(text -> provisionalSequence(text, tokenizers, provisionalIds, nextId))
                .toList();
        return rankWords(provisionalIds, nextId.get(), sequences, read.get());
    }

    /** The pipeline's tokenizer options, so the words here are the tokens the pipeline looks up. */
    static String tokenizerOptions() {
        String options = ExtractionPipeline.properties().getProperty("tokenize.options");
        if (options == null) {
            throw new IllegalStateException("no tokenize.options in " + ExtractionPipeline.PROPERTIES);
        }
        return options;
    }

    /** Tokenises one text with the pipeline's options and lowercases every token. */
    static List<String> tokenize(String text, TokenizerFactory<CoreLabel> tokenizers) {
        List<String> words = new ArrayList<>();
        for (CoreLabel token : tokenizers.getTokenizer(new StringReader(text)).tokenize()) {
            words.add(token.word().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Stream<String> fields(PaperRecord paper) {
        return Stream.of(TextNormalizer.normalize(paper.title()).text(),
                TextNormalizer.normalize(paper.abstractText()).text());
    }

    private static int[] provisionalSequence(String text, TokenizerFactory<CoreLabel> tokenizers,
            ConcurrentHashMap<String, Integer> ids, AtomicInteger nextId) {
        List<String> words = tokenize(text, tokenizers);
        int[] sequence = new int[words.size()];
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = ids.computeIfAbsent(words.get(i), w -> nextId.getAndIncrement());
        }
        return sequence;
    }

    /** Replaces the provisional ids (order of first sight, which varies) by frequency ranks. */
    private static TokenizedCorpus rankWords(ConcurrentHashMap<String, Integer> provisionalIds, int size,
            List<int[]> sequences, int papers) {
        String[] provisionalWords = new String[size];
        provisionalIds.forEach((word, id) -> provisionalWords[id] = word);
        long[] provisionalCounts = new long[size];
        for (int[] sequence : sequences) {
            for (int id : sequence) {
                provisionalCounts[id]++;
            }
        }
        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -provisionalCounts[i])
                .thenComparing(i -> provisionalWords[i]));
        int[] rank = new int[size];
        List<String> words = new ArrayList<>(size);
        int[] counts = new int[size];
        for (int r = 0; r < size; r++) {
            rank[order[r]] = r;
            words.add(provisionalWords[order[r]]);
            counts[r] = Math.toIntExact(provisionalCounts[order[r]]);
        }
        for (int[] sequence : sequences) {
            for (int i = 0; i < sequence.length; i++) {
                sequence[i] = rank[sequence[i]];
            }
        }
        return new TokenizedCorpus(List.copyOf(words), counts, sequences, papers);
    }

    /** Returns the number of words seen at least {@code minCount} times; they are ids 0 to that number − 1. */
    int wordsSeenAtLeast(int minCount) {
        int n = 0;
        while (n < counts.length && counts[n] >= minCount) {
            n++;
        }
        return n;
    }

    /** Returns the total number of tokens. */
    long tokens() {
        long total = 0;
        for (int[] sequence : sequences) {
            total += sequence.length;
        }
        return total;
    }
}
