package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.RelationType;

/**
 * Decides which sentences state a finding of the paper, and what a quantitative one reports.
 *
 * <p>Each sentence scores the weights of the claim rules that match it (finding verbs, result
 * nouns, numbers as results add; proposals, plans and availability notes subtract), less a
 * penalty for background: sentences before the paper first speaks of itself ("we", "our", "this
 * paper"). A sentence scoring at least the threshold is a claim; the title never is.
 *
 * <p>Requires what {@link ConceptMentionAnnotator} and {@link RelationAnnotator} add. Adds
 * {@link PaperGraphAnnotations.ClaimMentionsAnnotation} to the document. Properties:
 * {@code <name>.rules} (the rule file), {@code <name>.threshold} (default 1.5),
 * {@code <name>.backgroundPenalty} (default 1.5). Thread-safe.
 */
public class ClaimAnnotator implements Annotator {

    private static final Set<String> SELF_REFERENCE = Set.of("we", "our", "us");

    private final CueRules rules;
    private final double threshold;
    private final double backgroundPenalty;

    /** Creates the annotator the CoreNLP way, reading the {@code <name>.*} properties. */
    public ClaimAnnotator(String name, Properties props) {
        this.rules = CueRules.load(ConceptMentionAnnotator.required(props, name, "rules"), 2);
        this.threshold = Double.parseDouble(props.getProperty(name + ".threshold", "1.5"));
        this.backgroundPenalty = Double.parseDouble(props.getProperty(name + ".backgroundPenalty", "1.5"));
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        PaperConcepts concepts = annotation.get(PaperGraphAnnotations.PaperConceptsAnnotation.class);
        List<RelationMention> relations = annotation.get(PaperGraphAnnotations.RelationMentionsAnnotation.class);
        int titleSentences = TitleSentences.count(sentences);
        PaperFocus focus = PaperFocus.of(concepts, titleSentences);
        List<ClaimMention> claims = new ArrayList<>();
        boolean selfSeen = false;
        for (int s = titleSentences; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            selfSeen |= speaksOfItself(tokens);
            Score score = score(tokens, selfSeen);
            if (score.value() >= threshold) {
                claims.add(claim(s, tokens, score, concepts, focus, relations));
            }
        }
        annotation.set(PaperGraphAnnotations.ClaimMentionsAnnotation.class, claims);
    }

    private record Score(double value, String rules) {}

    private Score score(List<CoreLabel> tokens, boolean selfSeen) {
        double value = selfSeen ? 0 : -backgroundPenalty;
        Set<String> fired = new java.util.LinkedHashSet<>();
        for (CueRules.Hit hit : rules.findAll(tokens)) {
            if (fired.add(hit.rule().field(0))) {
                value += Double.parseDouble(hit.rule().field(1));
            }
        }
        return new Score(value, String.join("+", fired));
    }

    private static boolean speaksOfItself(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (SELF_REFERENCE.contains(word)) {
                return true;
            }
            if ((word.equals("this") || word.equals("the")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().toLowerCase(Locale.ROOT).matches("paper|work|study|article|survey|thesis")) {
                return true;
            }
        }
        return false;
    }

    private static ClaimMention claim(int s, List<CoreLabel> tokens, Score score, PaperConcepts concepts, PaperFocus focus,
            List<RelationMention> relations) {
        List<String> here = new ArrayList<>();
        for (CoreLabel token : tokens) {
            String key = token.get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
            if (key != null && !here.contains(key)) {
                here.add(key);
            }
        }
        String subject = here.stream().filter(focus.concepts()::contains).findFirst()
                .orElse(firstOfKind(here, concepts, ConceptType.ARCHITECTURE, ConceptType.METHOD));
        if (subject == null && mentionsSelf(tokens)) {
            subject = focus.main();
        }
        Set<String> compared = new HashSet<>();
        for (RelationMention r : relations) {
            if (r.sentenceIndex() == s && (r.type() == RelationType.OUTPERFORMS || r.type() == RelationType.COMPARED_WITH)
                    && r.subjectKey().equals(subject)) {
                compared.add(r.objectKey());
            }
        }
        ClaimMention.Quantity value = QuantityFinder.find(tokens);
        double confidence = Math.min(0.95, 0.5 + 0.1 * score.value());
        return new ClaimMention(s, subject, firstOfKind(here, concepts, ConceptType.METRIC),
                firstOfKind(here, concepts, ConceptType.DATASET), List.copyOf(compared), value, "claim:" + score.rules(),
                confidence);
    }

    private static boolean mentionsSelf(List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> t.word().toLowerCase(Locale.ROOT).matches("we|our|it|its"));
    }

    private static @Nullable String firstOfKind(List<String> keys, PaperConcepts concepts, ConceptType... kinds) {
        Set<ConceptType> wanted = Set.of(kinds);
        return keys.stream().filter(k -> concepts.get(k) != null && wanted.contains(concepts.get(k).type()))
                .findFirst().orElse(null);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(PaperGraphAnnotations.ClaimMentionsAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(PaperGraphAnnotations.PaperConceptsAnnotation.class,
                PaperGraphAnnotations.RelationMentionsAnnotation.class);
    }
}
