package org.papergraph.extractor.learn;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.papergraph.extractor.annotate.ClaimMention;
import org.papergraph.extractor.annotate.PaperConcepts;
import org.papergraph.extractor.annotate.PaperGraphAnnotations;
import org.papergraph.extractor.annotate.RelationMention;
import org.papergraph.extractor.annotate.TitleSentences;
import org.papergraph.extractor.wordclass.PhraseFrequencies;

/**
 * What the trained models see of one paper: its tagged sentences, what the rules found, and its
 * candidate concepts. Built once per paper from the pipeline's annotation; immutable after.
 *
 * @param text the document text (title, blank line, abstract) all offsets point into
 * @param sentences each sentence's tokens
 * @param titleSentences how many leading sentences are the title's
 * @param rules the rules' concepts
 * @param ruleRelations the rules' relations
 * @param ruleClaims the rules' claims
 * @param candidates the candidate concepts, in order of first mention
 * @param day the paper's date as an epoch day, {@link PhraseFrequencies#NO_DAY} when it has none
 */
public record PaperView(String text, List<List<CoreLabel>> sentences, int titleSentences, PaperConcepts rules,
        List<RelationMention> ruleRelations, List<ClaimMention> ruleClaims, List<Candidate> candidates, int day) {

    /** Builds the view of a document the extraction pipeline has annotated, dated by an epoch day. */
    public static PaperView of(Annotation document, int day) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreLabel>> sentences = coreSentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList();
        PaperConcepts rules = document.get(PaperGraphAnnotations.PaperConceptsAnnotation.class);
        List<Candidate> candidates = CandidateFinder.find(text, sentences, rules);
        return new PaperView(text, sentences, TitleSentences.count(coreSentences), rules,
                List.copyOf(document.get(PaperGraphAnnotations.RelationMentionsAnnotation.class)),
                List.copyOf(document.get(PaperGraphAnnotations.ClaimMentionsAnnotation.class)), List.copyOf(candidates), day);
    }

    /** Returns the same paper without its date. */
    public PaperView undated() {
        return new PaperView(text, sentences, titleSentences, rules, ruleRelations, ruleClaims, candidates, PhraseFrequencies.NO_DAY);
    }

    /** Returns true when the title names the candidate. */
    public boolean namedInTitle(Candidate c) {
        return c.spans().stream().anyMatch(s -> inTitle(s.sentence()));
    }

    /** Returns true when the sentence is part of the title. */
    public boolean inTitle(int sentence) {
        return sentence < titleSentences;
    }

    /** Returns the number of abstract sentences. */
    public int abstractSentences() {
        return sentences.size() - titleSentences;
    }
}
