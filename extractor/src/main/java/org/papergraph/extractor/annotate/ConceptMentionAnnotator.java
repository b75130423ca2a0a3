package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Finds the concept mentions of every sentence, groups them into the paper's concepts, and marks
 * the concepts the paper proposes.
 *
 * <p>Requires {@code TokensAnnotation}, {@code SentencesAnnotation}, {@code PartOfSpeechAnnotation}
 * and {@code LemmaAnnotation}. Adds {@link PaperGraphAnnotations.ConceptMentionsAnnotation} to each
 * sentence, {@link PaperGraphAnnotations.PaperConceptsAnnotation} to the document, and on every
 * token of a mention its kind as {@code NamedEntityTagAnnotation} and its concept as
 * {@link PaperGraphAnnotations.ConceptKeyAnnotation}. The first sentence(s) up to the first
 * blank line are taken as the title.
 *
 * <p>Properties, read as {@code <name>.*}: {@code dictionary}, {@code headNouns},
 * {@code genericModifiers}, {@code genericPhrases}, {@code nonConcepts}, {@code proposalRules}
 * (classpath resources). Thread-safe: all state is immutable after construction.
 */
public class ConceptMentionAnnotator implements Annotator {

    private final MentionFinder finder;
    private final ProposalFinder proposals;

    /** Creates the annotator the CoreNLP way, reading the {@code <name>.*} properties. */
    public ConceptMentionAnnotator(String name, Properties props) {
        DomainDictionary dictionary = DomainDictionary.load(required(props, name, "dictionary"));
        Lexicon lexicon = Lexicon.load(required(props, name, "headNouns"), required(props, name, "genericModifiers"),
                required(props, name, "genericPhrases"), required(props, name, "nonConcepts"));
        this.finder = new MentionFinder(dictionary, lexicon);
        this.proposals = new ProposalFinder(CueRules.load(required(props, name, "proposalRules"), 2));
    }

    static String required(Properties props, String name, String key) {
        String value = props.getProperty(name + "." + key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("annotator '" + name + "' needs the property " + name + "." + key);
        }
        return value.trim();
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<ConceptMention>> bySentence = new ArrayList<>();
        int titleSentences = TitleSentences.count(sentences);
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<ConceptMention> mentions = finder.find(tokens, bySentence.size() < titleSentences);
            sentence.set(PaperGraphAnnotations.ConceptMentionsAnnotation.class, mentions);
            bySentence.add(mentions);
        }
        for (int s = 0; s < titleSentences; s++) {
            linkTitleToAbstractNames(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), bySentence.get(s),
                    bySentence.subList(titleSentences, bySentence.size()));
        }
        PaperConcepts concepts = PaperConcepts.group(bySentence);
        for (int s = 0; s < sentences.size(); s++) {
            labelTokens(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), bySentence.get(s), concepts);
        }
        annotation.set(PaperGraphAnnotations.PaperConceptsAnnotation.class, concepts);
        proposals.markProposed(sentences, concepts);
    }

    /**
     * A name the abstract uses ("Transformer Programs") also stands in the title when the title
     * has the same words ("Learning Transformer Programs"), although Title Case hid it there.
     */
    static void linkTitleToAbstractNames(List<CoreLabel> title, List<ConceptMention> titleMentions,
            List<List<ConceptMention>> abstractSentences) {
        java.util.Map<String, ConceptMention> names = new java.util.HashMap<>();
        abstractSentences.forEach(ms -> ms.forEach(m -> {
            if (m.tokenEnd() - m.tokenBegin() >= 2) {
                names.putIfAbsent(ConceptKeys.key(m.surface()), m);
            }
        }));
        for (int begin = 0; begin < title.size(); begin++) {
            for (int end = Math.min(title.size(), begin + 6); end >= begin + 2; end--) {
                ConceptMention known = names.get(ConceptKeys.key(MentionFinder.phrase(title, begin, end)));
                int b = begin;
                int e = end;
                if (known != null && titleMentions.stream().noneMatch(m -> m.overlaps(b, e) && m.tokenEnd() - m.tokenBegin() >= e - b)) {
                    titleMentions.removeIf(m -> m.overlaps(b, e));
                    titleMentions.add(new ConceptMention(b, e, title.get(b).beginPosition(), title.get(e - 1).endPosition(),
                            MentionFinder.phrase(title, b, e), known.name(), known.type(), null, known.generalKeys(),
                            "title-link", 0.7));
                    titleMentions.sort(java.util.Comparator.comparingInt(ConceptMention::tokenBegin));
                    begin = end - 1;
                    break;
                }
            }
        }
    }

    private static void labelTokens(List<CoreLabel> tokens, List<ConceptMention> mentions, PaperConcepts concepts) {
        for (CoreLabel token : tokens) {
            token.setNER("O");
        }
        for (ConceptMention m : mentions) {
            String key = concepts.keyOf(m);
            String type = concepts.get(key) == null ? m.type().label() : concepts.get(key).type().label();
            for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
                tokens.get(i).setNER(type);
                tokens.get(i).set(PaperGraphAnnotations.ConceptKeyAnnotation.class, key);
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(PaperGraphAnnotations.ConceptMentionsAnnotation.class,
                PaperGraphAnnotations.PaperConceptsAnnotation.class, PaperGraphAnnotations.ConceptKeyAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class);
    }
}
