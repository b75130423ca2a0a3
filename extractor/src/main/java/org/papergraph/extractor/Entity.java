package org.papergraph.extractor;

import java.util.List;

/**
 * A concept as one paper speaks of it: a name, other names, a kind, and where it occurs.
 *
 * @param name the name the paper uses (singular), as in the gold format
 * @param type the kind of concept
 * @param proposed whether the paper itself introduces it
 * @param aliases other surface forms the paper uses for it (acronyms, plurals, spellings)
 * @param conceptIri the corpus-wide concept IRI, or the empty string before canonicalisation
 * @param mentions every occurrence, in text order
 */
public record Entity(
        String name, ConceptType type, boolean proposed, List<String> aliases, String conceptIri, List<Mention> mentions) {

    /** Copies the lists. */
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** Returns a copy of this entity bound to a corpus-wide concept with the given name, kind and IRI. */
    public Entity withConcept(String iri, ConceptType conceptType) {
        return new Entity(name, conceptType, proposed, aliases, iri, mentions);
    }
}
