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
import org.papergraph.extractor.read.NormalizedText;
import org.papergraph.extractor.read.TextNormalizer;

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

    /** Creates an analyzer over a pipeline built from {@code extractor.properties}. */
    public PaperAnalyzer(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Extracts the entities, relations and claims of one paper. */
    public PaperAnnotation analyze(PaperRecord record) {
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
            claims.add(claim(c, sentences.get(c.sentenceIndex()), names, offsets, document.get(CoreAnnotations.TextAnnotation.class)));
        }
        return new PaperAnnotation(record, sentences, entities, relations, claims);
    }

    private static Entity entity(PaperConcepts.Concept c, DocumentOffsets offsets) {
        List<Mention> mentions = new ArrayList<>();
        for (PaperConcepts.Located located : c.mentions()) {
            ConceptMention m = located.mention();
            mentions.add(new Mention(m.surface(), evidence(offsets, located.sentenceIndex(), m.charBegin(), m.charEnd(),
                    m.rule(), m.confidence())));
        }
        return new Entity(c.name(), c.type(), c.proposed(), new ArrayList<>(c.aliases()), "", mentions);
    }

    private static Claim claim(ClaimMention c, Sentence sentence, Map<String, String> names, DocumentOffsets offsets,
            String documentText) {
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
