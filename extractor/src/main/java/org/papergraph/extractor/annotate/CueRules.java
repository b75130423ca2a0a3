package org.papergraph.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of named TokensRegex cue patterns, each with extra tab-separated fields that the
 * annotator using the file gives meaning to.
 *
 * <p>Line format: {@code field1 <TAB> ... <TAB> pattern}, the pattern last; {@code #} starts a
 * comment line. The patterns see CoreNLP's token attributes ({@code word}, {@code lemma},
 * {@code tag}) and, for tokens inside a concept mention, {@code ner} set to the concept kind
 * ({@code Method}, {@code Architecture}, {@code Task}, {@code Dataset}, {@code Metric}).
 * Immutable and thread-safe: each match makes its own matcher.
 */
final class CueRules {

    /** One rule: its fields before the pattern, and the compiled pattern. */
    record Rule(List<String> fields, String source, TokenSequencePattern pattern) {

        /** Returns field {@code i} (0-based). */
        String field(int i) {
            return fields.get(i);
        }
    }

    /** A match of a rule in a sentence: the rule and the token span it covers. */
    record Hit(Rule rule, int begin, int end) {}

    private final List<Rule> rules;

    private CueRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Loads a rule file whose lines have {@code fieldCount} fields before the pattern.
     *
     * @throws IllegalStateException naming the file and line when a line or pattern is malformed
     */
    static CueRules load(String resource, int fieldCount) {
        Env env = TokenSequencePattern.getNewEnv();
        List<Rule> rules = new ArrayList<>();
        for (String line : LexiconFiles.lines(resource)) {
            String[] cols = LexiconFiles.columns(resource, line, fieldCount + 1);
            String source = cols[fieldCount].trim();
            try {
                TokenSequencePattern pattern = TokenSequencePattern.compile(env, source);
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < fieldCount; i++) {
                    fields.add(cols[i].trim());
                }
                rules.add(new Rule(fields, source, pattern));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": bad TokensRegex pattern '" + source + "': " + e.getMessage(), e);
            }
        }
        return new CueRules(rules);
    }

    /** Returns every rule's non-overlapping matches in the tokens, rule by rule, left to right. */
    List<Hit> findAll(List<CoreLabel> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : rules) {
            TokenSequenceMatcher matcher = rule.pattern().getMatcher(tokens);
            while (matcher.find()) {
                hits.add(new Hit(rule, matcher.start(), matcher.end()));
            }
        }
        return hits;
    }

    /** Returns the rules, in file order. */
    List<Rule> rules() {
        return rules;
    }
}
