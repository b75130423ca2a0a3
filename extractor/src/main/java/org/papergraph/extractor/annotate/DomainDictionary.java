package org.papergraph.extractor.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.ConceptType;

/**
 * The domain dictionary of well-known architectures, methods, tasks, datasets and metrics, matched
 * against token sequences by longest match.
 *
 * <p>File format ({@code rules/regexner/domain-dictionary.tsv}): {@code type <TAB> canonical name
 * <TAB> surface forms separated by | <TAB> what it is a kind of, separated by | <TAB> methods it
 * is built from, separated by |} (the last three columns optional). Multi-letter words match ignoring case; a form of one or
 * two characters, or written all in capitals, matches with its case; the last word may carry a
 * plural {@code s}. Immutable and thread-safe; a lookup costs O(length of the match).
 */
final class DomainDictionary {

    /**
     * One dictionary concept.
     *
     * @param parentKeys keys of the concepts it is a kind of (ViT is a Transformer), most specific first
     * @param usesKeys keys of the methods it is built from by definition (a Transformer uses self-attention)
     */
    record Entry(ConceptType type, String canonicalName, List<String> parentKeys, List<String> usesKeys) {}

    /** A match of {@code length} tokens starting at a given token. */
    record Match(Entry entry, int length) {}

    private record Form(String[] tokens, Entry entry) {}

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Form> forms = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Map<String, Entry> byKey = new HashMap<>();

    /** Loads the dictionary from a classpath resource. */
    static DomainDictionary load(String resource) {
        DomainDictionary dictionary = new DomainDictionary();
        for (String line : LexiconFiles.lines(resource)) {
            String[] cols = LexiconFiles.columns(resource, line, 2);
            Entry entry = new Entry(ConceptType.fromLabel(cols[0]), cols[1].trim(), keys(cols, 3), keys(cols, 4));
            dictionary.add(entry.canonicalName(), entry);
            if (cols.length > 2) {
                for (String form : cols[2].split("\\|")) {
                    if (!form.isBlank()) {
                        dictionary.add(form.trim(), entry);
                    }
                }
            }
        }
        return dictionary;
    }

    private static List<String> keys(String[] cols, int column) {
        return cols.length > column && !cols[column].isBlank()
                ? java.util.Arrays.stream(cols[column].split("\\|")).map(String::trim).map(ConceptKeys::key).toList()
                : List.of();
    }

    private void add(String form, Entry entry) {
        addForm(form, entry);
        if (form.contains(" ")) {
            addForm(form.replaceAll("\\s+", "-"), entry);
        }
    }

    /** Adds one written form; {@link #add} also adds the hyphenated form ("mixed-precision"). */
    private void addForm(String form, Entry entry) {
        String[] tokens = form.split("\\s+");
        Node node = root;
        for (String token : tokens) {
            node = node.children.computeIfAbsent(token.toLowerCase(Locale.ROOT), k -> new Node());
        }
        node.forms.add(new Form(tokens, entry));
        byKey.putIfAbsent(ConceptKeys.key(form), entry);
    }

    /**
     * Returns the known concepts a phrase ends with, longest first, each followed by what the
     * dictionary says it is a kind of: "Proxy Token Diffusion Transformers" is a diffusion
     * transformer and a Transformer. The phrase as a whole is not looked up.
     */
    List<String> generalKeysOf(List<String> words) {
        List<String> keys = new ArrayList<>();
        for (int s = 1; s < words.size(); s++) {
            Match match = longestMatch(words, s);
            if (match != null && s + match.length() == words.size()) {
                keys.add(ConceptKeys.key(match.entry().canonicalName()));
                keys.addAll(match.entry().parentKeys());
            }
        }
        return keys.stream().distinct().toList();
    }

    /** Returns the entry whose name or form has this key ({@link ConceptKeys#key}), or null. */
    @Nullable Entry lookup(String key) {
        return byKey.get(key);
    }

    /** Returns the longest match starting at {@code start} in {@code words}, or null. */
    @Nullable Match longestMatch(List<String> words, int start) {
        Node node = root;
        Match best = null;
        for (int i = start; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            Node plural = lower.length() > 2 && lower.endsWith("s")
                    ? node.children.get(lower.substring(0, lower.length() - 1)) : null;
            if (plural != null) {
                Match m = accept(plural, words, start, i + 1, true);
                if (m != null) {
                    best = m;
                }
            }
            node = node.children.get(lower);
            if (node == null) {
                break;
            }
            Match m = accept(node, words, start, i + 1, false);
            if (m != null) {
                best = m;
            }
        }
        return best;
    }

    private static @Nullable Match accept(Node node, List<String> words, int start, int end, boolean pluralLast) {
        for (Form form : node.forms) {
            if (form.tokens.length == end - start && casesAgree(form.tokens, words, start, pluralLast)) {
                return new Match(form.entry, end - start);
            }
        }
        return null;
    }

    private static boolean casesAgree(String[] form, List<String> words, int start, boolean pluralLast) {
        for (int k = 0; k < form.length; k++) {
            String word = words.get(start + k);
            if (pluralLast && k == form.length - 1) {
                word = word.substring(0, word.length() - 1);
            }
            if (isCaseSensitive(form[k]) ? !word.equals(form[k]) : !word.equalsIgnoreCase(form[k])) {
                return false;
            }
        }
        return true;
    }

    /** Short forms, forms in capitals and forms with a capital inside ("mAP", "ViT") keep their case. */
    private static boolean isCaseSensitive(String formToken) {
        long letters = formToken.chars().filter(Character::isLetter).count();
        return formToken.length() <= 2 || (letters >= 2 && formToken.chars().noneMatch(Character::isLowerCase))
                || formToken.substring(1).chars().anyMatch(Character::isUpperCase);
    }
}
