package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.RelationType;

/**
 * Finds relations between a paper's concepts: cue rules ("outperforms", "based on", "uses")
 * link the concept before the cue to those after it, and the paper's focus (what it proposes,
 * else what its title is about) is linked to the tasks, datasets and methods it is said with.
 * A concept named as a kind of another ("decoder-only transformer") is an instance of it.
 *
 * <p>Requires what {@link ConceptMentionAnnotator} adds. Adds
 * {@link PaperGraphAnnotations.RelationMentionsAnnotation} to the document. Properties:
 * {@code <name>.rules}, the relation rule file, and {@code <name>.dictionary}, the domain
 * dictionary (for what known concepts are kinds of and built from). Thread-safe.
 */
public class RelationAnnotator implements Annotator {

    private static final Set<String> PRONOUNS = Set.of("we", "our", "it", "its", "this", "they", "ours");

    private final CueRules rules;
    private final DomainDictionary dictionary;

    /** Creates the annotator the CoreNLP way, reading the {@code <name>.*} properties. */
    public RelationAnnotator(String name, Properties props) {
        this.rules = CueRules.load(ConceptMentionAnnotator.required(props, name, "rules"), 4);
        this.dictionary = DomainDictionary.load(ConceptMentionAnnotator.required(props, name, "dictionary"));
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        PaperConcepts concepts = annotation.get(PaperGraphAnnotations.PaperConceptsAnnotation.class);
        Map<String, RelationMention> found = new LinkedHashMap<>();
        PaperFocus focus = PaperFocus.of(concepts, TitleSentences.count(sentences));
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (CueRules.Hit hit : rules.findAll(tokens)) {
                applyCue(s, tokens, hit, concepts, focus, found);
            }
        }
        new FocusRelations(concepts, focus, sentences, dictionary).addTo(found);
        annotation.set(PaperGraphAnnotations.RelationMentionsAnnotation.class, new ArrayList<>(found.values()));
    }

    private static void applyCue(int s, List<CoreLabel> tokens, CueRules.Hit hit, PaperConcepts concepts, PaperFocus focus,
            Map<String, RelationMention> found) {
        RelationType type = RelationType.fromPredicate(hit.rule().field(1));
        Set<ConceptType> subjectKinds = kinds(hit.rule().field(2));
        Set<ConceptType> objectKinds = kinds(hit.rule().field(3));
        String subject = subjectBefore(tokens, hit.begin(), subjectKinds, concepts);
        if (subject == null) {
            subject = focus.main();
        }
        if (subject == null) {
            return;
        }
        List<int[]> objects = objectsAfter(tokens, hit.end(), objectKinds, concepts);
        if (type == RelationType.INSTANCE_OF && objects.size() > 1) {
            objects = objects.subList(0, 1);  // "X, a Y that uses Z": X is a Y, not a Z
        }
        for (int[] object : objects) {
            String objectKey = tokens.get(object[0]).get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
            if (!subject.equals(objectKey)) {
                int begin = Math.min(tokens.get(hit.begin()).beginPosition(), startOf(tokens, subject, hit.begin()));
                int end = tokens.get(object[1] - 1).endPosition();
                add(found, new RelationMention(subject, type, objectKey, s, begin, end,
                        "relation:" + hit.rule().field(0), 0.7));
            }
        }
    }

    static void add(Map<String, RelationMention> found, RelationMention relation) {
        found.putIfAbsent(relation.subjectKey() + "|" + relation.type() + "|" + relation.objectKey(), relation);
    }

    /** The nearest concept of an allowed kind before the cue, or null when a pronoun ("we", "our") comes first. */
    private static @Nullable String subjectBefore(List<CoreLabel> tokens, int cue, Set<ConceptType> kinds,
            PaperConcepts concepts) {
        for (int i = cue - 1; i >= 0; i--) {
            CoreLabel token = tokens.get(i);
            if (PRONOUNS.contains(token.word().toLowerCase(java.util.Locale.ROOT)) || token.word().equals(";")) {
                return null;
            }
            String key = token.get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
            if (key != null && concepts.get(key) != null && kinds.contains(concepts.get(key).type())) {
                return key;
            }
        }
        return null;
    }

    /** Concepts of an allowed kind after the cue, up to the end of the clause, at most three. */
    private static List<int[]> objectsAfter(List<CoreLabel> tokens, int from, Set<ConceptType> kinds, PaperConcepts concepts) {
        List<int[]> objects = new ArrayList<>();
        int i = from;
        while (i < tokens.size() && objects.size() < 3) {
            CoreLabel token = tokens.get(i);
            String word = token.word();
            if (word.equals(";") || word.equals(".") || word.equals("which") || word.equals("while") || word.equals("but")
                    || word.equals("whereas") || (word.equals(",") && !objects.isEmpty() && !nextIsConcept(tokens, i))) {
                break;
            }
            String key = token.get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
            if (key == null) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && key.equals(tokens.get(end).get(PaperGraphAnnotations.ConceptKeyAnnotation.class))) {
                end++;
            }
            if (concepts.get(key) != null && kinds.contains(concepts.get(key).type())) {
                objects.add(new int[] {i, end});
            }
            i = end;
        }
        return objects;
    }

    private static boolean nextIsConcept(List<CoreLabel> tokens, int comma) {
        for (int k = comma + 1; k < Math.min(tokens.size(), comma + 3); k++) {
            if (tokens.get(k).get(PaperGraphAnnotations.ConceptKeyAnnotation.class) != null) {
                return true;
            }
        }
        return false;
    }

    private static int startOf(List<CoreLabel> tokens, String key, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (key.equals(tokens.get(i).get(PaperGraphAnnotations.ConceptKeyAnnotation.class))) {
                return tokens.get(i).beginPosition();
            }
        }
        return Integer.MAX_VALUE;
    }

    static Set<ConceptType> kinds(String field) {
        if (field.equals("*")) {
            return Set.of(ConceptType.values());
        }
        Set<ConceptType> kinds = new java.util.HashSet<>();
        for (String label : field.split("\\|")) {
            kinds.add(ConceptType.fromLabel(label));
        }
        return kinds;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(PaperGraphAnnotations.RelationMentionsAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(PaperGraphAnnotations.PaperConceptsAnnotation.class, PaperGraphAnnotations.ConceptKeyAnnotation.class);
    }
}
