package org.papergraph.service.load;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The RDF terms of ontology/MODEL.md that the loader reads.
 *
 * <p>TODO switch to {@code org.papergraph.ontology.PG} once the ontology module publishes it.
 */
final class Terms {

    static final String PG = "https://papergraph.org/ontology#";
    static final String ID = "https://papergraph.org/id/";
    static final String PAPER_PREFIX = ID + "paper/";
    static final String CONCEPT_PREFIX = ID + "concept/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    static final Node TYPE = uri(RDF + "type");
    static final Node RDF_SUBJECT = uri(RDF + "subject");
    static final Node RDF_PREDICATE = uri(RDF + "predicate");
    static final Node RDF_OBJECT = uri(RDF + "object");

    static final Node PAPER = pg("Paper");
    static final Node MENTION = pg("Mention");
    static final Node ASSERTION = pg("Assertion");
    static final Node CLAIM = pg("Claim");
    static final Node QUANTITATIVE_CLAIM = pg("QuantitativeClaim");
    static final Node QUALITATIVE_CLAIM = pg("QualitativeClaim");

    static final Node IDENTIFIER = uri(DCTERMS + "identifier");
    static final Node TITLE = uri(DCTERMS + "title");
    static final Node ABSTRACT = uri(DCTERMS + "abstract");
    static final Node CREATOR = uri(DCTERMS + "creator");
    static final Node SUBJECT = uri(DCTERMS + "subject");
    static final Node DATE = uri(DCTERMS + "date");
    static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    static final Node ALT_LABEL = uri(SKOS + "altLabel");
    static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");

    static final Node PROPOSES = pg("proposes");
    static final Node MENTIONS = pg("mentions");
    static final Node HAS_CLAIM = pg("hasClaim");
    static final Node DENOTES = pg("denotes");
    static final Node SURFACE_FORM = pg("surfaceForm");
    static final Node SENTENCE_INDEX = pg("sentenceIndex");
    static final Node FIELD = pg("field");
    static final Node BEGIN_OFFSET = pg("beginOffset");
    static final Node END_OFFSET = pg("endOffset");
    static final Node TEXT = pg("text");
    static final Node EXTRACTED_BY = pg("extractedBy");
    static final Node CONFIDENCE = pg("confidence");
    static final Node STATEMENT_TEXT = pg("statementText");
    static final Node VALUE_TEXT = pg("valueText");
    static final Node NUMERIC_VALUE = pg("numericValue");
    static final Node UNIT = pg("unit");

    private Terms() {}

    static Node pg(String localName) {
        return uri(PG + localName);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
