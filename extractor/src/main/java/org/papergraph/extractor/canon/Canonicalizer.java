package org.papergraph.extractor.canon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.Entity;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.annotate.ConceptKeys;
import org.papergraph.ontology.PaperGraphIds;

/**
 * Gives every entity of a corpus its corpus-wide concept, so that "Transformers" in one paper and
 * "transformer" in another, or "ViT" and "Vision Transformer", are one concept with one IRI.
 *
 * <p>Entities are grouped by the key of their name ({@link ConceptKeys#key}); an acronym some
 * paper defines for a long form ("Vision Transformer (ViT)") sends the papers that use only the
 * acronym to the long form, unless papers define it for different long forms. A concept's label
 * is the name most of its entities use (on a tie, a long form before an acronym, plain casing
 * before casing that marks acronym letters, then the first in alphabetical order), its aliases
 * the other names and acronyms with one form for those that differ only in case, its kind the kind most of them have (ties broken by kind order), so the result does not depend on thread timing or input order of equal
 * votes. The running time is O(total entities × log).
 */
public final class Canonicalizer {

    private Canonicalizer() {}

    /** The corpus's concepts and its papers with every entity bound to one of them. */
    public record Result(List<PaperAnnotation> papers, Map<String, Concept> conceptsByIri) {}

    /** Canonicalises the entities of the papers; the papers come back in the same order. */
    public static Result canonicalize(List<PaperAnnotation> papers) {
        Map<String, String> acronyms = acronymLongForms(papers);
        Map<String, List<Entity>> byKey = new TreeMap<>();
        for (PaperAnnotation paper : papers) {
            for (Entity e : paper.entities()) {
                byKey.computeIfAbsent(keyOf(e, acronyms), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Concept> byConceptKey = new HashMap<>();
        Map<String, Concept> byIri = new TreeMap<>();
        for (Map.Entry<String, List<Entity>> group : byKey.entrySet()) {
            Concept concept = conceptOf(group.getValue());
            byConceptKey.put(group.getKey(), concept);
            byIri.merge(concept.iri(), concept, Canonicalizer::mergeSameIri);
        }
        List<PaperAnnotation> bound = new ArrayList<>();
        for (PaperAnnotation paper : papers) {
            List<Entity> entities = paper.entities().stream().map(e -> {
                Concept c = byIri.get(byConceptKey.get(keyOf(e, acronyms)).iri());
                return e.withConcept(c.iri(), c.type());
            }).toList();
            bound.add(new PaperAnnotation(paper.record(), paper.sentences(), entities, paper.relations(), paper.claims()));
        }
        return new Result(bound, byIri);
    }

    private static String keyOf(Entity e, Map<String, String> acronyms) {
        String key = ConceptKeys.key(e.name());
        return acronyms.getOrDefault(key, key);
    }

    /** Acronym key to long-form key, for acronyms that all papers defining them agree on. */
    private static Map<String, String> acronymLongForms(List<PaperAnnotation> papers) {
        Map<String, String> longForms = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (PaperAnnotation paper : papers) {
            for (Entity e : paper.entities()) {
                String nameKey = ConceptKeys.key(e.name());
                for (String alias : e.aliases()) {
                    if (ConceptKeys.isAcronymShaped(alias)) {
                        String aliasKey = ConceptKeys.key(alias);
                        if (aliasKey.equals(nameKey)) {
                            continue;
                        }
                        String previous = longForms.putIfAbsent(aliasKey, nameKey);
                        if (previous != null && !previous.equals(nameKey)) {
                            ambiguous.put(aliasKey, true);
                        }
                    }
                }
            }
        }
        ambiguous.keySet().forEach(longForms::remove);
        return longForms;
    }

    private static Concept conceptOf(List<Entity> entities) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<ConceptType, Integer> types = new EnumMap<>(ConceptType.class);
        Map<String, Integer> forms = new HashMap<>();
        for (Entity e : entities) {
            names.merge(e.name(), 1, Integer::sum);
            types.merge(e.type(), 1, Integer::sum);
            forms.merge(e.name(), 1, Integer::sum);
            e.aliases().forEach(a -> forms.merge(a, 1, Integer::sum));
        }
        String label = names.entrySet().stream().max(BY_VOTES_THEN_FORM).orElseThrow().getKey();
        ConceptType type = types.entrySet().stream()
                .max(Comparator.<Map.Entry<ConceptType, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        return new Concept(PaperGraphIds.conceptIri(label), label, type, aliases(label, forms));
    }

    /**
     * The most used name; on a tie, a long form before an acronym, plain casing before casing that
     * marks acronym letters ("Transformer in Transformer" before "Transformer iN Transformer"),
     * then the first in alphabetical order.
     */
    private static final Comparator<Map.Entry<String, Integer>> BY_VOTES_THEN_FORM =
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                    .thenComparing(e -> !ConceptKeys.isAcronymShaped(e.getKey()))
                    .thenComparing(e -> !ConceptKeys.hasMarkedCasing(e.getKey()))
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());

    /** One alias for each form that differs from the label other than in case: of those that differ only in case, the most used. */
    private static TreeSet<String> aliases(String label, Map<String, Integer> forms) {
        Map<String, Map.Entry<String, Integer>> byLowerCase = new HashMap<>();
        for (Map.Entry<String, Integer> form : forms.entrySet()) {
            byLowerCase.merge(form.getKey().toLowerCase(Locale.ROOT), form,
                    (x, y) -> BY_VOTES_THEN_FORM.compare(x, y) >= 0 ? x : y);
        }
        byLowerCase.remove(label.toLowerCase(Locale.ROOT));
        TreeSet<String> aliases = new TreeSet<>();
        byLowerCase.values().forEach(e -> aliases.add(e.getKey()));
        return aliases;
    }

    /** Two keys whose labels slug alike ("top-1 accuracy", "top1 accuracy") share the IRI: keep one record. */
    private static Concept mergeSameIri(Concept a, Concept b) {
        Map<String, Integer> forms = new HashMap<>();
        a.aliases().forEach(f -> forms.put(f, 1));
        b.aliases().forEach(f -> forms.put(f, 1));
        forms.put(b.label(), 1);
        return new Concept(a.iri(), a.label(), a.type(), aliases(a.label(), forms));
    }
}
