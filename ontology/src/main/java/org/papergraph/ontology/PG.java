package org.papergraph.ontology;

import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Holds the terms of the PaperGraph ontology as Jena resources and properties.
 *
 * <p>Follows the convention of Jena's own vocabulary classes ({@code RDFS}, {@code SHACL}): each
 * constant is named after the local name of its IRI in {@link #NS}. The source of truth is
 * {@code ontology/papergraph.ttl}; {@code PGTest} checks that every constant is declared there and
 * that every term declared there has a constant. The model also reuses terms from other
 * vocabularies: take them from Jena's {@code DCTerms}, {@code SKOS} and {@code RDF}, and from
 * {@link PROV}.
 *
 * <p>All constants are immutable and safe to share between threads.
 *
 * @see <a href="https://papergraph.org/ontology">the PaperGraph ontology</a>
 */
public final class PG {

    /** The namespace of the PaperGraph ontology, {@code https://papergraph.org/ontology#}. */
    public static final String NS = "https://papergraph.org/ontology#";

    private PG() {
    }

    /**
     * Returns the namespace of the vocabulary.
     *
     * @return {@link #NS}
     */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    // Classes

    /** A scholarly paper; its IRI also names the graph that holds what was extracted from it. */
    public static final Resource Paper = resource("Paper");

    /** A research concept; every concept also has exactly one of the {@link #CONCEPT_KINDS}. */
    public static final Resource Concept = resource("Concept");

    /** The concept kind for techniques, algorithms and training procedures. */
    public static final Resource Method = resource("Method");

    /** The concept kind for model architectures and named models. */
    public static final Resource Architecture = resource("Architecture");

    /** The concept kind for problems that methods address. */
    public static final Resource Task = resource("Task");

    /** The concept kind for datasets and benchmarks. */
    public static final Resource Dataset = resource("Dataset");

    /** The concept kind for measures of performance. */
    public static final Resource Metric = resource("Metric");

    /** A result a paper states in one sentence; always one of its two subclasses. */
    public static final Resource Claim = resource("Claim");

    /** A claim that reports a number. */
    public static final Resource QuantitativeClaim = resource("QuantitativeClaim");

    /** A claim without a number. */
    public static final Resource QualitativeClaim = resource("QualitativeClaim");

    /** One sentence of a paper's title or abstract. */
    public static final Resource Sentence = resource("Sentence");

    /** A span of a sentence that names a concept. */
    public static final Resource Mention = resource("Mention");

    /** The provenance of one concept relation triple, as a reified statement. */
    public static final Resource Assertion = resource("Assertion");

    // Paper properties

    /** Links a paper to a concept its title or abstract mentions. */
    public static final Property mentions = property("mentions");

    /** Links a paper to a concept it introduces; a sub-property of {@link #mentions}. */
    public static final Property proposes = property("proposes");

    /** Links a paper to a claim it makes. */
    public static final Property hasClaim = property("hasClaim");

    // Concept relations (see RELATIONS)

    /** Links a concept to a concept it is a variant or member of. */
    public static final Property instanceOf = property("instanceOf");

    /** Links a concept to a concept it builds on. */
    public static final Property basedOn = property("basedOn");

    /** Links a concept to a method it uses. */
    public static final Property usesMethod = property("usesMethod");

    /** Links a concept to a task it is applied to. */
    public static final Property addresses = property("addresses");

    /** Links a concept to a dataset it is evaluated on. */
    public static final Property evaluatedOn = property("evaluatedOn");

    /** Links a concept to a concept some paper claims it does better than. */
    public static final Property outperforms = property("outperforms");

    /** Links two concepts some paper compares; symmetric. */
    public static final Property comparedWith = property("comparedWith");

    // Claim properties

    /** Links a claim to the concept it is about. */
    public static final Property claimSubject = property("claimSubject");

    /** Links a claim to the metric its result is measured in. */
    public static final Property claimMetric = property("claimMetric");

    /** Links a claim to the dataset its result was obtained on. */
    public static final Property claimDataset = property("claimDataset");

    /** Links a claim to a concept it compares its subject with; repeatable. */
    public static final Property comparedTo = property("comparedTo");

    /** Gives a quantitative claim's value as written, for example {@code "82.1%"}. */
    public static final Property valueText = property("valueText");

    /** Gives a quantitative claim's value as an {@code xsd:decimal}, without its unit. */
    public static final Property numericValue = property("numericValue");

    /** Gives the unit of a quantitative claim's value as written, for example {@code "%"}. */
    public static final Property unit = property("unit");

    /** Gives the text of a claim. */
    public static final Property statementText = property("statementText");

    // Provenance

    /** Links a sentence, mention, assertion or claim to its paper. */
    public static final Property inPaper = property("inPaper");

    /** Gives a sentence's position in the paper, from 0 in the title through the abstract. */
    public static final Property sentenceIndex = property("sentenceIndex");

    /** Gives the field a sentence comes from: {@code "title"} or {@code "abstract"}. */
    public static final Property field = property("field");

    /** Gives where a span starts (inclusive), in UTF-16 code units into the field text. */
    public static final Property beginOffset = property("beginOffset");

    /** Gives where a span ends (exclusive), in UTF-16 code units into the field text. */
    public static final Property endOffset = property("endOffset");

    /** Gives a sentence's text as written. */
    public static final Property text = property("text");

    /** Links a mention to the concept it names. */
    public static final Property denotes = property("denotes");

    /** Gives a mention's text as written. */
    public static final Property surfaceForm = property("surfaceForm");

    /** Names the extractor rule that produced a mention, assertion or claim. */
    public static final Property extractedBy = property("extractedBy");

    /** Gives the extractor's confidence as an {@code xsd:decimal} from 0 to 1. */
    public static final Property confidence = property("confidence");

    // Groups

    /**
     * Lists the five concept kinds, of which every concept has exactly one, in a fixed order.
     *
     * <p>The list is unmodifiable: {@link #Method}, {@link #Architecture}, {@link #Task},
     * {@link #Dataset}, {@link #Metric}.
     */
    public static final List<Resource> CONCEPT_KINDS = List.of(Method, Architecture, Task, Dataset, Metric);

    /**
     * Lists the seven concept-to-concept relations, in a fixed order.
     *
     * <p>The list is unmodifiable: {@link #instanceOf}, {@link #basedOn}, {@link #usesMethod},
     * {@link #addresses}, {@link #evaluatedOn}, {@link #outperforms}, {@link #comparedWith}. These
     * are the only values allowed for {@code rdf:predicate} of a {@link #Assertion}.
     */
    public static final List<Property> RELATIONS =
            List.of(instanceOf, basedOn, usesMethod, addresses, evaluatedOn, outperforms, comparedWith);
}
