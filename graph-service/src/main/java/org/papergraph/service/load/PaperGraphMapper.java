package org.papergraph.service.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.load.MappedPaper.ClaimLink;
import org.papergraph.service.load.MappedPaper.ClaimNode;
import org.papergraph.service.load.MappedPaper.ConceptNode;
import org.papergraph.service.load.MappedPaper.Evidence;
import org.papergraph.service.load.MappedPaper.LinkType;
import org.papergraph.service.load.MappedPaper.PaperLink;
import org.papergraph.service.load.MappedPaper.PaperNode;
import org.papergraph.service.load.MappedPaper.Relation;

/**
 * Maps one paper's named graph (ontology/MODEL.md) to property-graph rows. Pure and thread-safe;
 * the running time is linear in the size of the graph.
 */
final class PaperGraphMapper {

    private PaperGraphMapper() {}

    /** Maps the graph named {@code paper}; throws {@link IllegalArgumentException} when it has no title. */
    static MappedPaper map(PaperGraph paperGraph) {
        GraphReader g = new GraphReader(paperGraph.graph());
        Node paper = paperGraph.name();
        Map<Node, Evidence> sentences = sentences(g, paper.getURI());
        return new MappedPaper(
                paperNode(g, paper),
                concepts(g),
                links(g, paper),
                claims(g, paper, sentences),
                relations(g, paper.getURI(), sentences));
    }

    private static PaperNode paperNode(GraphReader g, Node paper) {
        String title = g.string(paper, Terms.TITLE)
                .orElseThrow(() -> new IllegalArgumentException("paper " + paper.getURI() + " has no dcterms:title"));
        return new PaperNode(paper.getURI(), keyOf(paper.getURI(), Terms.PAPER_PREFIX),
                g.string(paper, Terms.IDENTIFIER).orElse(null), title,
                g.string(paper, Terms.ABSTRACT).orElse(null),
                g.strings(paper, Terms.CREATOR), g.strings(paper, Terms.SUBJECT),
                g.string(paper, Terms.DATE).orElse(null));
    }

    private static List<ConceptNode> concepts(GraphReader g) {
        List<ConceptNode> concepts = new ArrayList<>();
        g.find(null, Terms.TYPE, null).forEach(t -> {
            if (t.getObject().isURI()) {
                ConceptKind.fromClassIri(t.getObject().getURI()).ifPresent(kind -> {
                    Node c = t.getSubject();
                    String name = g.string(c, Terms.PREF_LABEL).orElse(keyOf(c.getURI(), Terms.CONCEPT_PREFIX));
                    concepts.add(new ConceptNode(c.getURI(), keyOf(c.getURI(), Terms.CONCEPT_PREFIX), kind, name,
                            g.strings(c, Terms.ALT_LABEL)));
                });
            }
        });
        concepts.sort(Comparator.comparing(ConceptNode::iri));
        return concepts;
    }

    private static List<PaperLink> links(GraphReader g, Node paper) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        g.subjectsOfType(Terms.MENTION).forEach(m -> g.node(m, Terms.DENOTES).ifPresent(c ->
                forms.computeIfAbsent(c.getURI(), k -> new ArrayList<>()).add(g.string(m, Terms.SURFACE_FORM).orElse(""))));
        List<PaperLink> links = new ArrayList<>();
        for (Node c : g.nodes(paper, Terms.PROPOSES)) {
            links.add(new PaperLink(paper.getURI(), c.getURI(), LinkType.PROPOSES, 0, List.of()));
        }
        for (Node c : g.nodes(paper, Terms.MENTIONS)) {
            List<String> surface = forms.getOrDefault(c.getURI(), List.of());
            links.add(new PaperLink(paper.getURI(), c.getURI(), LinkType.MENTIONS, surface.size(),
                    List.copyOf(new LinkedHashSet<>(surface)).stream().filter(s -> !s.isEmpty()).toList()));
        }
        return links;
    }

    private static List<ClaimNode> claims(GraphReader g, Node paper, Map<Node, Evidence> sentences) {
        List<ClaimNode> claims = new ArrayList<>();
        for (Node claim : g.nodes(paper, Terms.HAS_CLAIM)) {
            List<ClaimLink> claimLinks = new ArrayList<>();
            g.find(claim, null, null).forEach(t -> ClaimLinkType.fromPredicateIri(t.getPredicate().getURI())
                    .ifPresent(type -> claimLinks.add(new ClaimLink(type, t.getObject().getURI()))));
            String kind = g.hasType(claim, Terms.QUANTITATIVE_CLAIM) ? "quantitative"
                    : g.hasType(claim, Terms.QUALITATIVE_CLAIM) ? "qualitative" : "claim";
            Evidence evidence = evidence(g, claim, paper.getURI(), sentences);
            claims.add(new ClaimNode(claim.getURI(), paper.getURI(), kind,
                    g.string(claim, Terms.STATEMENT_TEXT).orElse(evidence.sentence()),
                    g.string(claim, Terms.VALUE_TEXT).orElse(null),
                    g.number(claim, Terms.NUMERIC_VALUE).orElse(null),
                    g.string(claim, Terms.UNIT).orElse(null), evidence, claimLinks));
        }
        return claims;
    }

    private static List<Relation> relations(GraphReader g, String paper, Map<Node, Evidence> sentences) {
        Map<Triple, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Node a : g.subjectsOfType(Terms.ASSERTION)) {
            Optional<Node> s = g.node(a, Terms.RDF_SUBJECT);
            Optional<Node> p = g.node(a, Terms.RDF_PREDICATE);
            Optional<Node> o = g.node(a, Terms.RDF_OBJECT);
            if (s.isPresent() && p.isPresent() && o.isPresent()) {
                evidence.computeIfAbsent(Triple.create(s.get(), p.get(), o.get()), k -> new ArrayList<>())
                        .add(evidence(g, a, paper, sentences));
            }
        }
        List<Relation> relations = new ArrayList<>();
        g.find(null, null, null).forEach(t -> {
            if (t.getObject().isURI()) {
                RelationType.fromPredicateIri(t.getPredicate().getURI()).ifPresent(type -> {
                    List<Evidence> found = evidence.getOrDefault(t, List.of(bareEvidence(paper)));
                    relations.add(new Relation(t.getSubject().getURI(), type, t.getObject().getURI(), found));
                });
            }
        });
        relations.sort(Comparator.comparing(Relation::subject).thenComparing(Relation::type).thenComparing(Relation::object));
        return relations;
    }

    /** Maps each sentence node to its evidence (text, index, field, offsets). */
    private static Map<Node, Evidence> sentences(GraphReader g, String paper) {
        Map<Node, Evidence> sentences = new LinkedHashMap<>();
        g.find(null, Terms.TEXT, null).forEach(t -> {
            Node s = t.getSubject();
            sentences.put(s, new Evidence(paper, "", t.getObject().getLiteralLexicalForm(),
                    g.integer(s, Terms.SENTENCE_INDEX).orElse(-1), g.string(s, Terms.FIELD).orElse(""),
                    g.integer(s, Terms.BEGIN_OFFSET).orElse(-1), g.integer(s, Terms.END_OFFSET).orElse(-1), -1, ""));
        });
        return sentences;
    }

    /** Evidence of an assertion or a claim: its own offsets, else those of its sentence. */
    private static Evidence evidence(GraphReader g, Node statement, String paper, Map<Node, Evidence> sentences) {
        @Nullable Evidence sentence = g.node(statement, Terms.WAS_DERIVED_FROM).map(sentences::get).orElse(null);
        Evidence base = sentence != null ? sentence : bareEvidence(paper);
        return new Evidence(paper, statement.isURI() ? statement.getURI() : "", base.sentence(), base.sentenceIndex(),
                base.field(), g.integer(statement, Terms.BEGIN_OFFSET).orElse(base.begin()),
                g.integer(statement, Terms.END_OFFSET).orElse(base.end()),
                g.number(statement, Terms.CONFIDENCE).orElse(-1.0), g.string(statement, Terms.EXTRACTED_BY).orElse(""));
    }

    private static Evidence bareEvidence(String paper) {
        return new Evidence(paper, "", "", -1, "", -1, -1, -1, "");
    }

    /** Returns the part of {@code iri} after {@code prefix}, or the whole IRI when it lacks the prefix. */
    static String keyOf(String iri, String prefix) {
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
    }
}
