package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Decides which of a paper's concepts the paper itself introduces.
 *
 * <p>Four signals: a cue from the proposal rules ("we propose", "called", "our") followed
 * closely by a concept; a name before the colon of the title ("PoolFormer: ..."); a new name
 * (not in the domain dictionary, written like a name) that stands in the title and again in the
 * abstract; and a new method or architecture the abstract defines an acronym for (papers define
 * acronyms for what they introduce; the dictionary knows the established ones).
 */
final class ProposalFinder {

    private final CueRules rules;

    ProposalFinder(CueRules rules) {
        this.rules = rules;
    }

    void markProposed(List<CoreMap> sentences, PaperConcepts concepts) {
        int titleSentences = TitleSentences.count(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            if (s < titleSentences) {
                markTitlePrefix(tokens, concepts);
            } else {
                markCued(tokens, concepts);
            }
        }
        for (PaperConcepts.Concept concept : concepts.all()) {
            boolean inTitle = concept.firstSentence() < titleSentences;
            boolean inAbstract = concept.mentions().stream().anyMatch(m -> m.sentenceIndex() >= titleSentences);
            boolean newName = !concept.isKnown() && concept.type().isMethodOrArchitecture()
                    && concept.isNamedFrom(titleSentences) && concept.hasKnownHeadOrNameShape();
            if (inTitle && inAbstract && newName) {
                concept.markProposed("proposal:new-name-in-title");
            }
            boolean definesAcronym = concept.mentions().stream().anyMatch(m -> m.mention().acronym() != null);
            if (definesAcronym && !concept.isKnown() && concept.type().isMethodOrArchitecture()) {
                concept.markProposed("proposal:defined-acronym");
            }
        }
    }

    private static void markTitlePrefix(List<CoreLabel> tokens, PaperConcepts concepts) {
        for (int i = 0; i < Math.min(tokens.size(), 6); i++) {
            if (tokens.get(i).word().equals(":")) {
                for (int k = 0; k < i; k++) {
                    String key = tokens.get(k).get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
                    if (key != null && concepts.get(key) != null) {
                        concepts.get(key).markProposed("proposal:title-prefix");
                        return;
                    }
                }
                return;
            }
        }
    }

    private void markCued(List<CoreLabel> tokens, PaperConcepts concepts) {
        for (CueRules.Hit hit : rules.findAll(tokens)) {
            boolean all = hit.rule().field(1).equals("*");
            int window = all ? tokens.size() : Integer.parseInt(hit.rule().field(1));
            boolean newOnly = hit.rule().field(0).endsWith("-new");
            if (all) {
                markAllAfter(tokens, hit, concepts, newOnly);
                continue;
            }
            for (int i = hit.end(); i < Math.min(tokens.size(), hit.end() + window); i++) {
                String word = tokens.get(i).word();
                if (word.equals(".") || word.equals(";")) {
                    break;
                }
                String key = tokens.get(i).get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
                PaperConcepts.Concept concept = key == null ? null : concepts.get(key);
                if (concept != null) {
                    if ((!newOnly || !concept.isKnown()) && concept.type().isMethodOrArchitecture()) {
                        concept.markProposed("proposal:" + hit.rule().field(0));
                    }
                    break;
                }
            }
        }
    }

    /** Marks the new methods and architectures of the cue's clause: up to the next verb after the first one marked. */
    private static void markAllAfter(List<CoreLabel> tokens, CueRules.Hit hit, PaperConcepts concepts, boolean newOnly) {
        boolean marked = false;
        for (int i = hit.end(); i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (marked && (token.tag().startsWith("VB") || token.word().equals(";"))) {
                return;
            }
            String key = token.get(PaperGraphAnnotations.ConceptKeyAnnotation.class);
            PaperConcepts.Concept concept = key == null ? null : concepts.get(key);
            if (concept != null && concept.type().isMethodOrArchitecture() && (!newOnly || !concept.isKnown())) {
                concept.markProposed("proposal:" + hit.rule().field(0));
                marked = true;
            }
        }
    }
}
