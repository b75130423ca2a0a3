package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds tagged tokens for rule tests without loading any model: "word/TAG" pairs separated by spaces. */
public final class Tokens {

    private Tokens() {}

    /**
     * Parses {@code "We/PRP propose/VBP PoolFormer/NNP"}; the lemma is the lower-cased word, with the s
     * of a plural noun (NNS) or a third-person verb (VBZ) dropped.
     */
    public static List<CoreLabel> of(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String pair : tagged.trim().split("\\s+")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            String tag = pair.substring(slash + 1);
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setValue(word);
            token.setOriginalText(word);
            token.setTag(tag);
            String lower = word.toLowerCase(Locale.ROOT);
            token.setLemma((tag.equals("NNS") || tag.equals("VBZ")) && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower);
            token.setBeginPosition(offset);
            token.setEndPosition(offset + word.length());
            token.setNER("O");
            offset += word.length() + 1;
            tokens.add(token);
        }
        return tokens;
    }

    /**
     * Tokenises plain text as the pipeline does (CoreNLP's tokenizer with the pipeline's options),
     * without tags: for rules that read words and offsets only.
     */
    static List<CoreLabel> tokenize(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=ascii,"
                        + "untokenizable=noneKeep,invertible=true");
        return tokenizer.tokenize();
    }
}
