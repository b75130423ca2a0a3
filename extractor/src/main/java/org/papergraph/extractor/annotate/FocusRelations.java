package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.RelationType;

/**
 * The relations a paper states by where it names things rather than by a cue word: its focus
 * addresses the tasks named with it, is evaluated on the datasets it names, and uses the methods
 * named in the same sentence as it; and a concept named as a kind of another is an instance of it.
 */
final class FocusRelations {

    private final PaperConcepts concepts;
    private final PaperFocus focus;
    private final List<CoreMap> sentences;
    private final int titleSentences;

    FocusRelations(PaperConcepts concepts, PaperFocus focus, List<CoreMap> sentences) {
        this.concepts = concepts;
        this.focus = focus;
        this.sentences = sentences;
        this.titleSentences = TitleSentences.count(sentences);
    }

    void addTo(Map<String, RelationMention> found) {
        addInstances(found);
        String main = focus.main();
        if (main == null) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            Set<String> here = conceptsIn(s);
            boolean withFocus = here.stream().anyMatch(focus.concepts()::contains) || s < titleSentences;
            for (String key : here) {
                PaperConcepts.Concept concept = concepts.get(key);
                if (concept == null || focus.concepts().contains(key)) {
                    continue;
                }
                ConceptType type = concept.type();
                if (type == ConceptType.DATASET) {
                    add(found, main, RelationType.EVALUATED_ON, key, s, "relation:focus-dataset", 0.6);
                } else if (type == ConceptType.TASK && (withFocus || !concept.isKnown())) {
                    add(found, main, RelationType.ADDRESSES, key, s, "relation:focus-task", 0.6);
                } else if (type == ConceptType.METHOD && concept.proposed()) {
                    add(found, main, RelationType.USES_METHOD, key, s, "relation:focus-component", 0.6);
                }
            }
        }
    }

    /** A concept is an instance of the most specific more general concept the paper also names. */
    private void addInstances(Map<String, RelationMention> found) {
        for (PaperConcepts.Concept concept : concepts.all()) {
            if (!concept.type().isMethodOrArchitecture()) {
                continue;
            }
            concept.generalKeys().stream().filter(k -> concepts.get(k) != null && !k.equals(concept.key())).findFirst().ifPresent(k -> {
                PaperConcepts.Located first = concept.mentions().get(0);
                RelationAnnotator.add(found, new RelationMention(concept.key(), RelationType.INSTANCE_OF, k,
                        first.sentenceIndex(), first.mention().charBegin(), first.mention().charEnd(),
                        "relation:kind-of-head", 0.8));
            });
        }
    }

    private void add(Map<String, RelationMention> found, String subject, RelationType type, String object, int s,
            String rule, double confidence) {
        if (subject.equals(object) || found.containsKey(object + "|" + type + "|" + subject)) {
            return;
        }
        CoreMap sentence = sentences.get(s);
        RelationAnnotator.add(found, new RelationMention(subject, type, object, s,
                sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), rule, confidence));
    }

    private Set<String> conceptsIn(int s) {
        return sentences.get(s).get(PaperGraphAnnotations.ConceptMentionsAnnotation.class).stream()
                .map(concepts::keyOf).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
