package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.Claim;
import org.papergraph.extractor.Entity;
import org.papergraph.extractor.Evidence;
import org.papergraph.extractor.Mention;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.Relation;
import org.papergraph.extractor.Sentence;
import org.papergraph.extractor.learn.PaperDecision;
import org.papergraph.extractor.learn.PaperDecoder;
import org.papergraph.extractor.learn.PaperView;
import org.papergraph.extractor.read.NormalizedText;
import org.papergraph.extractor.read.TextNormalizer;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

/**
 * Runs the pipeline over one paper and turns its annotations into a {@link PaperAnnotation},
 * with every offset mapped back into the original title or abstract.
 *
 * <p>The pipeline sees the normalised title, a blank line, and the normalised abstract. Not
 * thread-safe: use one analyzer, with its own pipeline, per thread.
 */
public final class PaperAnalyzer {

    private static final String SEPARATOR = "\n\n";

    private final StanfordCoreNLP pipeline;
    private final @Nullable PaperDecoder decoder;

    /** Creates an analyzer that keeps what the rules find, over a pipeline built from {@code extractor.properties}. */
    public PaperAnalyzer(StanfordCoreNLP pipeline) {
        this(pipeline, null);
    }

    /**
     * Creates an analyzer over a pipeline built from {@code extractor.properties}; with a decoder,
     * the trained models decide what the paper's graph keeps, the rules' findings serving as
     * their features; without one, the rules decide.
     */
    public PaperAnalyzer(StanfordCoreNLP pipeline, @Nullable PaperDecoder decoder) {
        this.pipeline = pipeline;
        this.decoder = decoder;
    }

    /** Extracts the entities, relations and claims of one paper. */
    public PaperAnnotation analyze(PaperRecord record) {
        Prepared prepared = prepare(record);
        return decoder == null ? prepared.fromRules() : prepared.from(decoder.decode(prepared.view()));
    }

    /** Runs the pipeline over one paper and keeps what any decision step needs. */
    public Prepared prepare(PaperRecord record) {
        NormalizedText title = TextNormalizer.normalize(record.title());
        NormalizedText abstractText = TextNormalizer.normalize(record.abstractText());
        DocumentOffsets offsets = new DocumentOffsets(title, abstractText, title.text().length() + SEPARATOR.length());
        Annotation document = new Annotation(title.text() + SEPARATOR + abstractText.text());
        pipeline.annotate(document);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int originalBegin = offsets.original(begin);
            int originalEnd = offsets.originalEnd(end);
            String field = offsets.field(begin);
            String text = (field.equals(Sentence.TITLE) ? record.title() : record.abstractText())
                    .substring(originalBegin, originalEnd).replaceAll("\\s+", " ");
            sentences.add(new Sentence(i, field, originalBegin, originalEnd, text));
        }
        return new Prepared(record, document, offsets, sentences);
    }

    /**
     * One paper after the pipeline: the document, its sentences in original offsets, and the view
     * the trained models read; turned into a {@link PaperAnnotation} by the rules' findings or a
     * decoder's decision.
     */
    public static final class Prepared {
        private final PaperRecord record;
        private final Annotation document;
        private final DocumentOffsets offsets;
        private final List<Sentence> sentences;
        private @Nullable PaperView view;

        private Prepared(PaperRecord record, Annotation document, DocumentOffsets offsets, List<Sentence> sentences) {
            this.record = record;
            this.document = document;
            this.offsets = offsets;
            this.sentences = sentences;
        }

        /** Returns the paper as read. */
        public PaperRecord record() {
            return record;
        }

        /**
         * Returns what the trained models read of the paper, its candidates found on first call
         * (the rules alone never need them). Not thread-safe.
         */
        public PaperView view() {
            if (view == null) {
                view = PaperView.of(document, PhraseFrequencies.day(record.date()));
            }
            return view;
        }

        /** Returns the paper's annotation as the rules alone found it. */
        public PaperAnnotation fromRules() {
            PaperConcepts concepts = document.get(PaperGraphAnnotations.PaperConceptsAnnotation.class);
            Map<String, String> names = new java.util.HashMap<>();
            List<Entity> entities = new ArrayList<>();
            for (PaperConcepts.Concept c : concepts.all()) {
                names.put(c.key(), c.name());
                entities.add(entity(c, offsets));
            }
            List<Relation> relations = new ArrayList<>();
            for (RelationMention r : document.get(PaperGraphAnnotations.RelationMentionsAnnotation.class)) {
                relations.add(new Relation(names.get(r.subjectKey()), r.type(), names.get(r.objectKey()),
                        evidence(offsets, r.sentenceIndex(), r.charBegin(), r.charEnd(), r.rule(), r.confidence())));
            }
            List<Claim> claims = new ArrayList<>();
            for (ClaimMention c : document.get(PaperGraphAnnotations.ClaimMentionsAnnotation.class)) {
                claims.add(claim(c, sentences.get(c.sentenceIndex()), names, document.get(CoreAnnotations.TextAnnotation.class)));
            }
            return new PaperAnnotation(record, sentences, entities, relations, claims);
        }

        /** Returns the paper's annotation as a decoder decided it. */
        public PaperAnnotation from(PaperDecision decision) {
            List<Entity> entities = new ArrayList<>();
            for (PaperDecision.DecidedEntity e : decision.entities()) {
                List<Mention> mentions = e.spans().stream().map(s -> new Mention(s.surface(),
                        evidence(offsets, s.sentence(), s.charBegin(), s.charEnd(), MODEL_ENTITIES, e.confidence()))).toList();
                entities.add(new Entity(e.name(), e.type(), e.proposed(), e.aliases(), "", mentions));
            }
            List<Relation> relations = decision.relations().stream().map(r -> new Relation(r.subject(), r.type(), r.object(),
                    evidence(offsets, r.sentence(), r.charBegin(), r.charEnd(), MODEL_RELATIONS, r.confidence()))).toList();
            String text = document.get(CoreAnnotations.TextAnnotation.class);
            List<Claim> claims = new ArrayList<>();
            for (PaperDecision.DecidedClaim c : decision.claims()) {
                Sentence sentence = sentences.get(c.sentence());
                ClaimMention.Quantity q = c.quantity();
                claims.add(new Claim(q != null, sentence.text(), c.subject(), c.metric(),
                        q == null ? null : text.substring(q.charBegin(), q.charEnd()), q == null ? null : q.number(),
                        q == null ? null : q.unit(), c.dataset(), c.comparedTo(),
                        new Evidence(c.sentence(), sentence.begin(), sentence.end(), MODEL_CLAIMS, c.confidence())));
            }
            return new PaperAnnotation(record, sentences, entities, relations, claims);
        }
    }

    /** The rule names the trained models' findings carry as evidence. */
    static final String MODEL_ENTITIES = "model:entities";
    static final String MODEL_RELATIONS = "model:relations";
    static final String MODEL_CLAIMS = "model:claims";

    private static Entity entity(PaperConcepts.Concept c, DocumentOffsets offsets) {
        List<Mention> mentions = new ArrayList<>();
        for (PaperConcepts.Located located : c.mentions()) {
            ConceptMention m = located.mention();
            mentions.add(new Mention(m.surface(), evidence(offsets, located.sentenceIndex(), m.charBegin(), m.charEnd(),
                    m.rule(), m.confidence())));
        }
        return new Entity(c.name(), c.type(), c.proposed(), new ArrayList<>(c.aliases()), "", mentions);
    }

    private static Claim claim(ClaimMention c, Sentence sentence, Map<String, String> names, String documentText) {
        ClaimMention.Quantity q = c.value();
        String value = q == null ? null : documentText.substring(q.charBegin(), q.charEnd());
        return new Claim(q != null, sentence.text(), name(names, c.subjectKey()),
                name(names, c.metricKey()), value, q == null ? null : q.number(), q == null ? null : q.unit(),
                name(names, c.datasetKey()), c.comparedToKeys().stream().map(names::get).toList(),
                new Evidence(c.sentenceIndex(), sentence.begin(), sentence.end(), c.rule(), c.confidence()));
    }

    private static @Nullable String name(Map<String, String> names, @Nullable String key) {
        return key == null ? null : names.get(key);
    }

    private static Evidence evidence(DocumentOffsets offsets, int sentence, int begin, int end, String rule,
            double confidence) {
        return new Evidence(sentence, offsets.original(begin), Math.max(offsets.original(begin), offsets.originalEnd(end)),
                rule, confidence);
    }

    /** Maps offsets in the pipeline's document text back to the original title or abstract. */
    private record DocumentOffsets(NormalizedText title, NormalizedText abstractText, int abstractStart) {

        String field(int documentOffset) {
            return documentOffset < abstractStart ? Sentence.TITLE : Sentence.ABSTRACT;
        }

        int original(int documentOffset) {
            return documentOffset < abstractStart ? title.originalOffset(Math.min(documentOffset, title.text().length()))
                    : abstractText.originalOffset(documentOffset - abstractStart);
        }

        int originalEnd(int documentOffset) {
            return documentOffset <= abstractStart - SEPARATOR.length()
                    ? title.originalEnd(documentOffset) : abstractText.originalEnd(documentOffset - abstractStart);
        }
    }
}
