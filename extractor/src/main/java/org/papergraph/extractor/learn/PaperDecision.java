package org.papergraph.extractor.learn;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.RelationType;
import org.papergraph.extractor.annotate.ClaimMention;

/**
 * What the trained models decided for one paper, with offsets into the pipeline's document text.
 *
 * @param entities the concepts the paper's graph keeps, in order of first mention
 * @param relations relations between them
 * @param claims the claim sentences
 */
public record PaperDecision(List<DecidedEntity> entities, List<DecidedRelation> relations, List<DecidedClaim> claims) {

    /**
     * A kept concept.
     *
     * @param name its name
     * @param type its kind
     * @param proposed whether the paper introduces it
     * @param aliases its other names
     * @param spans where the paper names it
     * @param confidence the entity model's probability that the graph should keep it
     */
    public record DecidedEntity(String name, ConceptType type, boolean proposed, List<String> aliases, List<Span> spans,
            double confidence) {}

    /**
     * A relation, with the span of the sentence words that support it.
     *
     * @param subject the subject's name
     * @param type the relation
     * @param object the object's name
     * @param sentence the supporting sentence
     * @param charBegin where the support starts in the document text
     * @param charEnd where it ends
     * @param confidence the relation model's probability
     */
    public record DecidedRelation(String subject, RelationType type, String object, int sentence, int charBegin, int charEnd,
            double confidence) {}

    /**
     * A claim sentence.
     *
     * @param sentence the sentence's index in the document
     * @param quantity the reported value, or null for a qualitative claim
     * @param subject the entity it is about, or null
     * @param metric the metric, or null
     * @param dataset the dataset, or null
     * @param comparedTo what it is compared with
     * @param confidence the claim model's probability
     */
    public record DecidedClaim(int sentence, ClaimMention.@Nullable Quantity quantity, @Nullable String subject,
            @Nullable String metric, @Nullable String dataset, List<String> comparedTo, double confidence) {}
}
