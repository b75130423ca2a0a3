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
 * addresses the tasks named with it, is evaluated on the datasets it names, and uses the new
 * methods it proposes with it; a concept named as a kind of another is an instance of it (and,
 * when the paper proposes it, based on it); a known concept uses what the domain dictionary says
 * it is built from when the paper names that too; and in a paper about a dataset (a benchmark),
 * every method and architecture it names is evaluated on that dataset.
 */
final class FocusRelations {

    private final DomainDictionary dictionary;
    private final PaperConcepts concepts;
    private final PaperFocus focus;
    private final List<CoreMap> sentences;
    private final int titleSentences;

    FocusRelations(PaperConcepts concepts, PaperFocus focus, List<CoreMap> sentences, DomainDictionary dictionary) {
        this.dictionary = dictionary;
        this.concepts = concepts;
        this.focus = focus;
        this.sentences = sentences;
        this.titleSentences = TitleSentences.count(sentences);
    }

    void addTo(Map<String, RelationMention> found) {
        addInstances(found);
        addKnownUses(found);
        String main = focus.main();
        if (main == null) {
            return;
        }
        if (concepts.get(main) != null && concepts.get(main).type() == ConceptType.DATASET) {
            addBenchmarked(main, found);
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

    /**
     * A concept is an instance of the most specific more general concept the paper also names; a
     * concept the paper proposes is also based on it ("AxFormer" on the Transformer).
     */
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
                if (concept.proposed()) {
                    RelationAnnotator.add(found, new RelationMention(concept.key(), RelationType.BASED_ON, k,
                            first.sentenceIndex(), first.mention().charBegin(), first.mention().charEnd(),
                            "relation:proposed-variant", 0.6));
                }
            });
        }
    }

    /** What a known concept is built from by definition (a Transformer uses self-attention), when the paper names both. */
    private void addKnownUses(Map<String, RelationMention> found) {
        for (PaperConcepts.Concept concept : concepts.all()) {
            DomainDictionary.Entry entry = concept.isKnown() ? dictionary.lookup(concept.key()) : null;
            if (entry == null) {
                continue;
            }
            for (String used : entry.usesKeys()) {
                PaperConcepts.Concept method = concepts.get(used);
                if (method != null) {
                    PaperConcepts.Located where = method.mentions().get(0);
                    RelationAnnotator.add(found, new RelationMention(concept.key(), RelationType.USES_METHOD, used,
                            where.sentenceIndex(), where.mention().charBegin(), where.mention().charEnd(),
                            "relation:known-component", 0.5));
                }
            }
        }
    }

    /** A paper whose focus is a dataset is a benchmark: the methods and architectures it names are evaluated on it. */
    private void addBenchmarked(String dataset, Map<String, RelationMention> found) {
        for (PaperConcepts.Concept concept : concepts.all()) {
            if (concept.type().isMethodOrArchitecture()) {
                PaperConcepts.Located where = concept.mentions().get(0);
                add(found, concept.key(), RelationType.EVALUATED_ON, dataset, where.sentenceIndex(), "relation:benchmarked", 0.5);
            }
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
