package org.papergraph.ontology;

/**
 * Builds the IRIs of PaperGraph data, stable from run to run, as {@code ontology/MODEL.md} defines.
 *
 * <p>All IRIs live under {@link #NS}:
 * <ul>
 *   <li>papers: {@code paper/{key}}, from the record id ({@link #paperIri(String)}) or, when the
 *       record has none, from the title ({@link #paperIriForTitle(String)});
 *   <li>concepts: {@code concept/{slug}} ({@link #conceptIri(String)});
 *   <li>parts of a paper: {@code {paper}/sentence/{i}}, {@code {paper}/mention/{i}},
 *       {@code {paper}/claim/{i}} and {@code {paper}/assertion/{i}}.
 * </ul>
 *
 * <p>Every method is a pure function, cheap (linear in the length of its argument) and
 * thread-safe. Methods throw {@link IllegalArgumentException} when an argument leaves nothing to
 * build an IRI from, and never return {@code null}.
 */
public final class PaperGraphIds {

    /** The namespace of PaperGraph data, {@code https://papergraph.org/id/} (prefix {@code pgid:}). */
    public static final String NS = "https://papergraph.org/id/";

    private static final String PAPER_NS = NS + "paper/";
    private static final String CONCEPT_NS = NS + "concept/";

    private PaperGraphIds() {
    }

    /**
     * Returns the IRI of the paper with the given record id.
     *
     * <p>The id is stripped of surrounding white space and made IRI-safe by percent-encoding
     * (UTF-8, upper-case hex) every character other than ASCII letters, digits and {@code -._~}.
     * So an arXiv id stays as it is ({@code 2503.11677} gives {@code pgid:paper/2503.11677}), and
     * an old-style one loses its slash ({@code cs/0112017} gives {@code pgid:paper/cs%2F0112017}).
     *
     * @param recordId the paper's id in its source, for example an arXiv id
     * @return the paper's IRI
     * @throws IllegalArgumentException if the id is blank, {@code "."} or {@code ".."}
     */
    public static String paperIri(String recordId) {
        return PAPER_NS + IriKeys.recordKey(recordId);
    }

    /**
     * Returns the IRI of a paper that has no record id, derived from its title.
     *
     * <p>The key is {@code t-} followed by the first 16 hex digits (lower-case) of the SHA-256 of
     * the normalised title, encoded as UTF-8. Normalising decomposes compatibility characters
     * (Unicode NFKD), lower-cases, drops accents and removes everything but letters and digits, so
     * titles that differ only in case, spacing, punctuation or accents get the same IRI.
     *
     * @param title the paper's title as read
     * @return the paper's IRI, for example {@code pgid:paper/t-0123456789abcdef}
     * @throws IllegalArgumentException if the title has no letters or digits
     */
    public static String paperIriForTitle(String title) {
        return PAPER_NS + IriKeys.titleKey(title);
    }

    /**
     * Returns the IRI of the concept with the given canonical name.
     *
     * <p>The slug is made as follows: decompose compatibility characters (NFKD), lower-case and drop
     * accents; turn each run of characters other than letters and digits into {@code -}; trim
     * {@code -} from both ends; and make the last word singular by {@link #singular(String)}. So
     * "Vision Transformers" and "vision transformer" both give {@code pgid:concept/vision-transformer},
     * and "ImageNet-1K" gives {@code pgid:concept/imagenet-1k}.
     *
     * <p>The singular rule is deliberately simple; names that differ only in punctuation, such as
     * "C" and "C++", share a slug. The canonicaliser, which picks one canonical name per concept,
     * is the place to handle such cases.
     *
     * @param canonicalName the concept's canonical name, as in its {@code skos:prefLabel}
     * @return the concept's IRI
     * @throws IllegalArgumentException if the name has no letters or digits
     */
    public static String conceptIri(String canonicalName) {
        return CONCEPT_NS + IriKeys.conceptSlug(canonicalName);
    }

    /** Words that end in s without being plurals. */
    private static final java.util.Set<String> NOT_PLURAL = java.util.Set.of(
            "bias", "atlas", "canvas", "alias", "lens", "series", "species", "news", "gas", "chaos", "axis");

    /** Endings after which a plural adds "es" rather than "s" ("processes", "patches", "meshes", "boxes"). */
    private static final java.util.regex.Pattern ES_PLURAL = java.util.regex.Pattern.compile(
            ".*(?:ss|[tnr]ch|oach|sh|x|zz)es");

    /**
     * Returns the singular of one lower-case word by a plain, documented rule, the one concept
     * names are compared by everywhere in PaperGraph: "ies" becomes "y" ("strategies"); "es" goes
     * after {@code ss}, {@code tch}, {@code nch}, {@code rch}, {@code oach}, {@code sh}, {@code x}
     * and {@code zz} ("processes", "patches", "approaches", "meshes", "boxes") and after the few
     * words that only look plural ("biases"); otherwise a final {@code s} goes when the word is
     * longer than three letters and does not end in {@code ss}, {@code us}, {@code is} or
     * {@code ics} ("dynamics", "kinetics") and is not one of those few words ("bias", "series").
     * Cost O(length); thread-safe.
     *
     * @param word a lower-case word
     * @return its singular by that rule
     */
    public static String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is") || word.endsWith("ics") || NOT_PLURAL.contains(word)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("es") && (ES_PLURAL.matcher(word).matches()
                || NOT_PLURAL.contains(word.substring(0, word.length() - 2)))) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /**
     * Returns the IRI of a paper's sentence.
     *
     * @param paperIri the paper's IRI, from {@link #paperIri(String)} or {@link #paperIriForTitle(String)}
     * @param index the sentence's position, from 0 in the title and continuing through the abstract
     * @return {@code {paperIri}/sentence/{index}}
     * @throws IllegalArgumentException if {@code paperIri} is not a paper IRI or {@code index} is negative
     */
    public static String sentenceIri(String paperIri, int index) {
        return partIri(paperIri, "sentence", index);
    }

    /**
     * Returns the IRI of a paper's mention.
     *
     * @param paperIri the paper's IRI, from {@link #paperIri(String)} or {@link #paperIriForTitle(String)}
     * @param index the mention's number within the paper, from 0
     * @return {@code {paperIri}/mention/{index}}
     * @throws IllegalArgumentException if {@code paperIri} is not a paper IRI or {@code index} is negative
     */
    public static String mentionIri(String paperIri, int index) {
        return partIri(paperIri, "mention", index);
    }

    /**
     * Returns the IRI of a paper's claim.
     *
     * @param paperIri the paper's IRI, from {@link #paperIri(String)} or {@link #paperIriForTitle(String)}
     * @param index the claim's number within the paper, from 0
     * @return {@code {paperIri}/claim/{index}}
     * @throws IllegalArgumentException if {@code paperIri} is not a paper IRI or {@code index} is negative
     */
    public static String claimIri(String paperIri, int index) {
        return partIri(paperIri, "claim", index);
    }

    /**
     * Returns the IRI of a paper's assertion, the provenance of one concept relation triple.
     *
     * @param paperIri the paper's IRI, from {@link #paperIri(String)} or {@link #paperIriForTitle(String)}
     * @param index the assertion's number within the paper, from 0
     * @return {@code {paperIri}/assertion/{index}}
     * @throws IllegalArgumentException if {@code paperIri} is not a paper IRI or {@code index} is negative
     */
    public static String assertionIri(String paperIri, int index) {
        return partIri(paperIri, "assertion", index);
    }

    private static String partIri(String paperIri, String part, int index) {
        String key = paperIri.startsWith(PAPER_NS) ? paperIri.substring(PAPER_NS.length()) : "";
        if (key.isEmpty() || key.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Not a paper IRI: " + paperIri);
        }
        if (index < 0) {
            throw new IllegalArgumentException("Negative " + part + " index: " + index);
        }
        return paperIri + "/" + part + "/" + index;
    }
}
