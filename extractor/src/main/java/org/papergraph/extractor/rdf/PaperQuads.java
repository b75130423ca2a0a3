package org.papergraph.extractor.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.Claim;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.Entity;
import org.papergraph.extractor.Evidence;
import org.papergraph.extractor.Mention;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.Relation;
import org.papergraph.extractor.Sentence;
import org.papergraph.extractor.canon.Concept;
import org.papergraph.ontology.PG;
import org.papergraph.ontology.PROV;
import org.papergraph.ontology.PaperGraphIds;

/**
 * Turns one canonicalised paper into the quads of its named graph, as {@code ontology/MODEL.md}
 * describes, sorted so that the same paper always gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class PaperQuads {

    private static final Comparator<Quad> ORDER = Comparator.comparing(Quad::toString);

    private PaperQuads() {}

    /** Returns the IRI of a paper: from its record id, else from its title. */
    public static String paperIri(PaperRecord record) {
        return record.id() != null ? PaperGraphIds.paperIri(record.id()) : PaperGraphIds.paperIriForTitle(record.title());
    }

    /**
     * Returns the quads of the paper's named graph, sorted.
     *
     * @param paper a paper whose entities carry concept IRIs (see {@code Canonicalizer})
     * @param concepts the corpus's concepts by IRI
     * @throws IllegalArgumentException if an entity's concept is not in {@code concepts}
     */
    public static List<Quad> of(PaperAnnotation paper, Map<String, Concept> concepts) {
        return new Builder(paper, concepts).build();
    }

    private static final class Builder {
        private final PaperAnnotation paper;
        private final Map<String, Concept> concepts;
        private final Node graph;
        private final List<Quad> quads = new ArrayList<>();
        private final Map<String, Node> conceptByName = new HashMap<>();

        Builder(PaperAnnotation paper, Map<String, Concept> concepts) {
            this.paper = paper;
            this.concepts = concepts;
            this.graph = NodeFactory.createURI(paperIri(paper.record()));
        }

        List<Quad> build() {
            addPaper();
            paper.sentences().forEach(this::addSentence);
            addEntities();
            addRelations();
            addClaims();
            quads.sort(ORDER);
            return quads;
        }

        private void addPaper() {
            PaperRecord r = paper.record();
            add(graph, RDF.type, PG.Paper);
            if (r.id() != null) {
                add(graph, DCTerms.identifier, text(r.id()));
            }
            add(graph, DCTerms.title, text(r.title()));
            add(graph, DCTerms.abstract_, text(r.abstractText()));
            r.authors().forEach(a -> add(graph, DCTerms.creator, text(a)));
            r.categories().forEach(c -> add(graph, DCTerms.subject, text(c)));
            Node date = date(r.date());
            if (date != null) {
                add(graph, DCTerms.date, date);
            }
        }

        private void addSentence(Sentence s) {
            Node node = uri(PaperGraphIds.sentenceIri(graph.getURI(), s.index()));
            add(node, RDF.type, PG.Sentence);
            add(node, PG.inPaper, graph);
            add(node, PG.sentenceIndex, integer(s.index()));
            add(node, PG.field, text(s.field()));
            add(node, PG.beginOffset, integer(s.begin()));
            add(node, PG.endOffset, integer(s.end()));
            add(node, PG.text, text(s.text()));
        }

        private void addEntities() {
            int mentionIndex = 0;
            for (Entity e : paper.entities()) {
                Concept concept = concepts.get(e.conceptIri());
                if (concept == null) {
                    throw new IllegalArgumentException("entity '" + e.name() + "' has no corpus concept: canonicalise first");
                }
                Node node = uri(concept.iri());
                conceptByName.put(e.name(), node);
                describeConcept(node, concept, e);
                add(graph, PG.mentions, node);
                if (e.proposed()) {
                    add(graph, PG.proposes, node);
                }
                for (Mention m : e.mentions()) {
                    addMention(mentionIndex++, node, m);
                }
            }
        }

        private void describeConcept(Node node, Concept concept, Entity e) {
            add(node, RDF.type, kind(concept.type()));
            add(node, SKOS.prefLabel, text(concept.label()));
            TreeSet<String> labels = new TreeSet<>(e.aliases());
            labels.add(e.name());
            java.util.Set<String> seen = new java.util.HashSet<>();
            seen.add(concept.label().toLowerCase(java.util.Locale.ROOT));
            labels.stream().filter(l -> seen.add(l.toLowerCase(java.util.Locale.ROOT)))
                    .forEach(l -> add(node, SKOS.altLabel, text(l)));
        }

        private void addMention(int index, Node concept, Mention m) {
            Node node = uri(PaperGraphIds.mentionIri(graph.getURI(), index));
            add(node, RDF.type, PG.Mention);
            add(node, PG.denotes, concept);
            add(node, PG.surfaceForm, text(m.surface()));
            addProvenance(node, m.evidence());
        }

        private void addRelations() {
            int index = 0;
            for (Relation r : paper.relations()) {
                Node subject = conceptByName.get(r.subject());
                Node object = conceptByName.get(r.object());
                if (subject == null || object == null || subject.equals(object)) {
                    continue;
                }
                Node predicate = uri(PG.NS + r.type().predicate());
                quads.add(Quad.create(graph, subject, predicate, object));
                Node node = uri(PaperGraphIds.assertionIri(graph.getURI(), index++));
                add(node, RDF.type, PG.Assertion);
                add(node, RDF.subject, subject);
                add(node, RDF.predicate, predicate);
                add(node, RDF.object, object);
                addProvenance(node, r.evidence());
            }
        }

        private void addClaims() {
            int index = 0;
            for (Claim c : paper.claims()) {
                Node node = uri(PaperGraphIds.claimIri(graph.getURI(), index++));
                add(graph, PG.hasClaim, node);
                add(node, RDF.type, c.quantitative() ? PG.QuantitativeClaim : PG.QualitativeClaim);
                add(node, PG.statementText, text(c.sentence()));
                optionalConcept(node, PG.claimSubject, c.subject());
                optionalConcept(node, PG.claimMetric, c.metric());
                optionalConcept(node, PG.claimDataset, c.dataset());
                c.comparedTo().forEach(name -> optionalConcept(node, PG.comparedTo, name));
                if (c.quantitative() && c.value() != null && c.number() != null) {
                    add(node, PG.valueText, text(c.value()));
                    add(node, PG.numericValue, decimal(c.number()));
                    if (c.unit() != null) {
                        add(node, PG.unit, text(c.unit()));
                    }
                }
                addProvenance(node, c.evidence());
            }
        }

        private void optionalConcept(Node claim, Property property, @Nullable String name) {
            Node concept = name == null ? null : conceptByName.get(name);
            if (concept != null) {
                add(claim, property, concept);
            }
        }

        private void addProvenance(Node node, Evidence e) {
            add(node, PG.inPaper, graph);
            add(node, PROV.wasDerivedFrom, uri(PaperGraphIds.sentenceIri(graph.getURI(), e.sentenceIndex())));
            add(node, PG.beginOffset, integer(e.begin()));
            add(node, PG.endOffset, integer(e.end()));
            add(node, PG.extractedBy, text(e.rule()));
            add(node, PG.confidence, decimal(BigDecimal.valueOf(e.confidence()).setScale(2, java.math.RoundingMode.HALF_UP)));
        }

        private void add(Node s, Property p, Resource o) {
            add(s, p, o.asNode());
        }

        private void add(Node s, Property p, Node o) {
            quads.add(Quad.create(graph, s, p.asNode(), o));
        }
    }

    private static Resource kind(ConceptType type) {
        return switch (type) {
            case METHOD -> PG.Method;
            case ARCHITECTURE -> PG.Architecture;
            case TASK -> PG.Task;
            case DATASET -> PG.Dataset;
            case METRIC -> PG.Metric;
        };
    }

    private static @Nullable Node date(@Nullable String date) {
        if (date == null) {
            return null;
        }
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate);
        }
        if (date.matches("\\d{4}")) {
            return NodeFactory.createLiteralDT(date, XSDDatatype.XSDgYear);
        }
        return null;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node decimal(BigDecimal d) {
        String lexical = d.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(lexical.contains(".") ? lexical : lexical + ".0", XSDDatatype.XSDdecimal);
    }

}
