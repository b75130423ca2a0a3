package org.papergraph.extractor;

import java.util.List;

/**
 * A concept as one paper speaks of it: a name, other names, a kind, and where it occurs.
 *
 * @param name the name the paper uses (singular), as in the gold format
 * @param type the kind of concept
 * @param proposed whether the paper itself introduces it
 * @param aliases other surface forms the paper uses for it (acronyms, plurals, spellings); forms that differ
 *     only in case from the name or from an earlier alias are dropped
 * @param conceptIri the corpus-wide concept IRI, or the empty string before canonicalisation
 * @param mentions every occurrence, in text order
 */
public record Entity(
        String name, ConceptType type, boolean proposed, List<String> aliases, String conceptIri, List<Mention> mentions) {

    /** Copies the lists, keeping the first of the aliases that differ only in case. */
    public Entity {
        aliases = distinctIgnoringCase(name, aliases);
        mentions = List.copyOf(mentions);
    }

    /** Returns a copy of this entity bound to a corpus-wide concept with the given name, kind and IRI. */
    public Entity withConcept(String iri, ConceptType conceptType) {
        return new Entity(name, conceptType, proposed, aliases, iri, mentions);
    }

    private static List<String> distinctIgnoringCase(String name, List<String> aliases) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(name.toLowerCase(java.util.Locale.ROOT));
        return aliases.stream().filter(a -> seen.add(a.toLowerCase(java.util.Locale.ROOT))).toList();
    }
}
