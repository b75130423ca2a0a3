package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** The annotation keys our annotators add, in the style of CoreNLP's {@code CoreAnnotations}. */
public final class PaperGraphAnnotations {

    private PaperGraphAnnotations() {}

    /** On a sentence: its concept mentions, in token order. Added by {@link ConceptMentionAnnotator}. */
    public static final class ConceptMentionsAnnotation implements CoreAnnotation<List<ConceptMention>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<ConceptMention>> getType() {
            return (Class) List.class;
        }
    }

    /** On a token inside a concept mention: the key of the paper concept it belongs to. */
    public static final class ConceptKeyAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** On the document: the paper's concepts. Added by {@link ConceptMentionAnnotator}. */
    public static final class PaperConceptsAnnotation implements CoreAnnotation<PaperConcepts> {
        @Override
        public Class<PaperConcepts> getType() {
            return PaperConcepts.class;
        }
    }

    /** On the document: relations between the paper's concepts. Added by {@link RelationAnnotator}. */
    public static final class RelationMentionsAnnotation implements CoreAnnotation<List<RelationMention>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<RelationMention>> getType() {
            return (Class) List.class;
        }
    }

    /** On the document: the sentences that state findings. Added by {@link ClaimAnnotator}. */
    public static final class ClaimMentionsAnnotation implements CoreAnnotation<List<ClaimMention>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<ClaimMention>> getType() {
            return (Class) List.class;
        }
    }
}
