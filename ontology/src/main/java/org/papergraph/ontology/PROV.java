package org.papergraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Holds the two terms of the W3C PROV ontology that the PaperGraph model uses.
 *
 * <p>Jena ships no PROV vocabulary class, so this one covers only what {@code ontology/MODEL.md}
 * needs, in the same style as {@link PG}. All constants are immutable and thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/prov-o/">PROV-O</a>
 */
public final class PROV {

    /** The namespace of PROV-O, {@code http://www.w3.org/ns/prov#}. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The class of things with provenance; papers, sentences, mentions, assertions and claims. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    /** Links a mention, assertion or claim to the sentence it was extracted from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {
    }

    /**
     * Returns the namespace of the vocabulary.
     *
     * @return {@link #NS}
     */
    public static String getURI() {
        return NS;
    }
}
