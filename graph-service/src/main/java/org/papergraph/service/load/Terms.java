package org.papergraph.service.load;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.ontology.PG;
import org.papergraph.ontology.PROV;
import org.papergraph.ontology.PaperGraphIds;

/** The RDF terms of ontology/MODEL.md that the loader reads, as Jena nodes. */
final class Terms {

    static final String PG_NS = PG.NS;
    static final String ID = PaperGraphIds.NS;
    static final String PAPER_PREFIX = ID + "paper/";
    static final String CONCEPT_PREFIX = ID + "concept/";

    static final Node TYPE = node(RDF.type);
    static final Node RDF_SUBJECT = node(RDF.subject);
    static final Node RDF_PREDICATE = node(RDF.predicate);
    static final Node RDF_OBJECT = node(RDF.object);

    static final Node PAPER = node(PG.Paper);
    static final Node MENTION = node(PG.Mention);
    static final Node ASSERTION = node(PG.Assertion);
    static final Node CLAIM = node(PG.Claim);
    static final Node QUANTITATIVE_CLAIM = node(PG.QuantitativeClaim);
    static final Node QUALITATIVE_CLAIM = node(PG.QualitativeClaim);

    static final Node IDENTIFIER = node(DCTerms.identifier);
    static final Node TITLE = node(DCTerms.title);
    static final Node ABSTRACT = node(DCTerms.abstract_);
    static final Node CREATOR = node(DCTerms.creator);
    static final Node SUBJECT = node(DCTerms.subject);
    static final Node DATE = node(DCTerms.date);
    static final Node PREF_LABEL = node(SKOS.prefLabel);
    static final Node ALT_LABEL = node(SKOS.altLabel);
    static final Node WAS_DERIVED_FROM = node(PROV.wasDerivedFrom);

    static final Node PROPOSES = node(PG.proposes);
    static final Node MENTIONS = node(PG.mentions);
    static final Node HAS_CLAIM = node(PG.hasClaim);
    static final Node DENOTES = node(PG.denotes);
    static final Node SURFACE_FORM = node(PG.surfaceForm);
    static final Node SENTENCE_INDEX = node(PG.sentenceIndex);
    static final Node FIELD = node(PG.field);
    static final Node BEGIN_OFFSET = node(PG.beginOffset);
    static final Node END_OFFSET = node(PG.endOffset);
    static final Node TEXT = node(PG.text);
    static final Node EXTRACTED_BY = node(PG.extractedBy);
    static final Node CONFIDENCE = node(PG.confidence);
    static final Node STATEMENT_TEXT = node(PG.statementText);
    static final Node VALUE_TEXT = node(PG.valueText);
    static final Node NUMERIC_VALUE = node(PG.numericValue);
    static final Node UNIT = node(PG.unit);

    private Terms() {}

    private static Node node(Resource term) {
        return term.asNode();
    }
}
