package org.papergraph.service.concept;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.ConceptGraph;
import org.papergraph.service.explore.ConceptSummary;
import org.papergraph.service.load.ConceptKind;

/**
 * An in-memory Lucene index of one {@link ConceptGraph}'s concept names and aliases, searched in
 * the order of {@link ConceptSearch}'s ranking: exact label, label prefix, word prefix, substring,
 * then fuzzy (a Levenshtein automaton, up to two edits with transpositions, against the label and
 * its prefixes). Each tier is a term-dictionary lookup; the candidates it finds are scored with
 * {@link ConceptSearch#score}, and the search stops after the first tier that fills the limit,
 * since no label of a later tier can outrank one of an earlier tier. The user's text never goes
 * through a query parser: it becomes terms and automata, so it has no syntax to escape.
 *
 * <p>Immutable once built and safe to share between threads. Building takes a few hundred
 * milliseconds for 50,000 labels.
 */
final class ConceptIndex {

    /** Longest query searched fuzzily; longer ones only match exactly, by prefix or by substring. */
    private static final int MAX_FUZZY_LENGTH = 40;
    private static final String LABEL = "label";
    private static final String WORD = "word";
    private static final String TYPE = "type";
    private static final String CONCEPT = "concept";
    private static final String LABEL_NUMBER = "labelNumber";

    private final ConceptGraph graph;
    private final List<ConceptSummary> concepts;
    private final List<ConceptSummary> byPapers;
    private final IndexSearcher searcher;

    private ConceptIndex(ConceptGraph graph, List<ConceptSummary> concepts, IndexSearcher searcher) {
        this.graph = graph;
        this.concepts = concepts;
        this.byPapers = concepts.stream().sorted(BY_PAPERS).toList();
        this.searcher = searcher;
    }

    private static final Comparator<ConceptSummary> BY_PAPERS =
            Comparator.comparingLong(ConceptSummary::papers).reversed().thenComparing(ConceptSummary::name);

    /** Indexes every name and alias of the graph's concepts. */
    static ConceptIndex build(ConceptGraph graph) {
        List<ConceptSummary> concepts = List.copyOf(graph.concepts());
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < concepts.size(); i++) {
                List<String> labels = ConceptSearch.labels(concepts.get(i));
                for (int l = 0; l < labels.size(); l++) {
                    writer.addDocument(document(concepts.get(i), i, l, ConceptSearch.normalise(labels.get(l))));
                }
            }
            writer.commit();
            return new ConceptIndex(graph, concepts, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory concept index", e);
        }
    }

    private static Document document(ConceptSummary concept, int conceptNumber, int labelNumber, String label) {
        Document doc = new Document();
        doc.add(new StringField(LABEL, label, Field.Store.NO));
        for (String word : label.split(ConceptSearch.WORD_SEPARATORS)) {
            if (!word.isEmpty()) {
                doc.add(new StringField(WORD, word, Field.Store.NO));
            }
        }
        doc.add(new StringField(TYPE, concept.type(), Field.Store.NO));
        doc.add(new NumericDocValuesField(CONCEPT, conceptNumber));
        doc.add(new NumericDocValuesField(LABEL_NUMBER, labelNumber));
        return doc;
    }

    /** Returns the graph this index was built from. */
    ConceptGraph graph() {
        return graph;
    }

    /** Returns the best {@code limit} concepts for the query, best first, as {@link ConceptSearch} ranks them. */
    List<ConceptSearch.Hit> search(String query, @Nullable ConceptKind type, int limit) {
        String q = ConceptSearch.normalise(query);
        if (q.isEmpty()) {
            return byPapers.stream().filter(c -> type == null || type.label().equals(c.type())).limit(limit)
                    .map(c -> new ConceptSearch.Hit(c, 0.01, c.name())).toList();
        }
        Map<Integer, ConceptSearch.Hit> best = new HashMap<>();
        for (Query tier : tiers(q)) {
            collect(filtered(tier, type), q, best);
            if (best.size() >= limit) {
                break;
            }
        }
        List<ConceptSearch.Hit> hits = new ArrayList<>(best.values());
        hits.sort(ConceptSearch.RANKING);
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private static List<Query> tiers(String q) {
        List<Query> tiers = new ArrayList<>(5);
        tiers.add(new TermQuery(new Term(LABEL, q)));
        tiers.add(new PrefixQuery(new Term(LABEL, q)));
        tiers.add(new PrefixQuery(new Term(WORD, q)));
        tiers.add(automatonQuery(Operations.concatenate(
                List.of(Automata.makeAnyString(), Automata.makeString(q), Automata.makeAnyString()))));
        if (q.length() >= ConceptSearch.MIN_FUZZY_LENGTH && q.length() <= MAX_FUZZY_LENGTH) {
            tiers.add(fuzzyPrefixQuery(q));
        }
        return tiers;
    }

    /** Labels within one edit (two from five characters on) of the query, or with a prefix that is. */
    private static Query fuzzyPrefixQuery(String q) {
        Automaton levenshtein = new LevenshteinAutomata(q, true).toAutomaton(q.length() >= 5 ? 2 : 1);
        try {
            return automatonQuery(Operations.concatenate(List.of(levenshtein, Automata.makeAnyString())));
        } catch (TooComplexToDeterminizeException e) {
            return new AutomatonQuery(new Term(LABEL, q), levenshtein);
        }
    }

    private static Query automatonQuery(Automaton automaton) {
        return new AutomatonQuery(new Term(LABEL), Operations.determinize(automaton,
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    private static Query filtered(Query query, @Nullable ConceptKind type) {
        if (type == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(TYPE, type.label())), Occur.FILTER).build();
    }

    /** Scores every label the query matches and keeps each concept's best. */
    private void collect(Query query, String q, Map<Integer, ConceptSearch.Hit> best) {
        try {
            searcher.search(query, new SimpleCollector() {
                private @Nullable NumericDocValues conceptNumbers;
                private @Nullable NumericDocValues labelNumbers;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    conceptNumbers = context.reader().getNumericDocValues(CONCEPT);
                    labelNumbers = context.reader().getNumericDocValues(LABEL_NUMBER);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (conceptNumbers == null || labelNumbers == null
                            || !conceptNumbers.advanceExact(doc) || !labelNumbers.advanceExact(doc)) {
                        return;
                    }
                    int number = (int) conceptNumbers.longValue();
                    offer(best, number, (int) labelNumbers.longValue(), q);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-memory concept index", e);
        }
    }

    private void offer(Map<Integer, ConceptSearch.Hit> best, int conceptNumber, int labelNumber, String q) {
        ConceptSummary concept = concepts.get(conceptNumber);
        String label = ConceptSearch.labels(concept).get(labelNumber);
        double score = ConceptSearch.score(q, ConceptSearch.normalise(label));
        ConceptSearch.Hit previous = best.get(conceptNumber);
        if (score > 0 && (previous == null || score > previous.score())) {
            best.put(conceptNumber, new ConceptSearch.Hit(concept, score, label));
        }
    }
}
