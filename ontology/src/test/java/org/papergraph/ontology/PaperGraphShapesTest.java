package org.papergraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the cases under {@code src/test/resources/shapes/}: every file in {@code valid/} must
 * conform, and every file in {@code invalid/} must fail with exactly the violations its
 * {@code # expect: focus path component} comment lines list (prefixed names use the file's
 * prefixes plus {@code sh:}; {@code -} stands for no path).
 */
class PaperGraphShapesTest {

    private static final Path CASES = Path.of("src/test/resources/shapes");
    private static final String EXPECT = "# expect:";
    private static final String PGSH = "https://papergraph.org/shapes#";
    private static final Model SHAPES = ModelFactory.createModelForGraph(PaperGraphOntology.shapes().getGraph());

    static Stream<Path> validCases() {
        return ttlFiles(CASES.resolve("valid"));
    }

    static Stream<Path> invalidCases() {
        return ttlFiles(CASES.resolve("invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validate_validCase_conforms(Path file) {
        Model data = RDFDataMgr.loadModel(file.toString());

        ValidationReport report = PaperGraphOntology.validate(data.getGraph());

        assertThat(report.getEntries()).as("violations in %s", file).isEmpty();
        assertThat(PaperGraphOntology.conforms(data.getGraph())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void validate_invalidCase_reportsExpectedViolations(Path file) {
        Model data = RDFDataMgr.loadModel(file.toString());
        Set<Violation> expected = expectedViolations(file, data);

        ValidationReport report = PaperGraphOntology.validate(data.getGraph());

        assertThat(expected).as("expectations in %s", file).isNotEmpty();
        assertThat(report.getEntries()).as("violations in %s", file)
                .map(Violation::of).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.getEntries()).as("messages in %s", file)
                .map(ReportEntry::message).doesNotContainNull();
        assertThat(PaperGraphOntology.conforms(data.getGraph())).isFalse();
    }

    @Test
    void shapes_everyPgIri_isDeclaredInOntology() {
        Set<String> declared = PGTest.constants(PG.class).keySet();

        Set<String> used = SHAPES.getGraph().stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject()))
                .filter(node -> node.isURI() && node.getURI().startsWith(PG.NS))
                .map(node -> node.getURI().substring(PG.NS.length()))
                .collect(Collectors.toSet());

        assertThat(declared).containsAll(used);
    }

    @Test
    void shapes_everyPgClass_isTargeted() {
        Set<Node> targeted = SHAPES.listObjectsOfProperty(sh(SHACL.targetClass)).mapWith(RDFNode::asNode).toSet();

        PGTest.constants(PG.class).values().stream()
                .filter(term -> !(term instanceof Property))
                .forEach(pgClass -> assertThat(targeted).as("sh:targetClass").contains(pgClass.asNode()));
    }

    @Test
    void shapes_assertionPredicateList_isRelations() {
        Resource shape = SHAPES.listSubjectsWithProperty(sh(SHACL.path), RDF.predicate).next();

        assertThat(listAt(shape, SHACL.in)).containsExactlyElementsOf(nodes(PG.RELATIONS));
    }

    @Test
    void shapes_conceptKindList_isConceptKinds() {
        Resource kinds = SHAPES.getResource(PGSH + "ConceptKindProperty")
                .getPropertyResourceValue(sh(SHACL.qualifiedValueShape));

        assertThat(listAt(kinds, SHACL.in)).containsExactlyElementsOf(nodes(PG.CONCEPT_KINDS));
    }

    private static List<Node> listAt(Resource subject, Node listProperty) {
        RDFList list = subject.getPropertyResourceValue(sh(listProperty)).as(RDFList.class);
        return list.asJavaList().stream().map(RDFNode::asNode).toList();
    }

    private static Property sh(Node shaclTerm) {
        return SHAPES.createProperty(shaclTerm.getURI());
    }

    private static List<Node> nodes(List<? extends Resource> terms) {
        return terms.stream().map(Resource::asNode).toList();
    }

    private static Set<Violation> expectedViolations(Path file, Model data) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(data).setNsPrefix("sh", SHACL.getURI());
        return lines(file).stream()
                .filter(line -> line.startsWith(EXPECT))
                .map(line -> Violation.parse(line.substring(EXPECT.length()).strip(), prefixes))
                .collect(Collectors.toSet());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> ttlFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".ttl")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One violation, reduced to what a test case states: focus node, path and constraint component. */
    record Violation(Node focus, @Nullable Node path, Node component) {

        static Violation of(ReportEntry entry) {
            Node path = entry.resultPath() instanceof P_Link link ? link.getNode() : null;
            return new Violation(entry.focusNode(), path, entry.sourceConstraintComponent());
        }

        static Violation parse(String expectation, PrefixMapping prefixes) {
            String[] parts = expectation.split("\\s+");
            assertThat(parts).as("expectation '%s'", expectation).hasSize(3);
            Node path = parts[1].equals("-") ? null : iri(parts[1], prefixes);
            return new Violation(iri(parts[0], prefixes), path, iri(parts[2], prefixes));
        }

        private static Node iri(String prefixedName, PrefixMapping prefixes) {
            return NodeFactory.createURI(prefixes.expandPrefix(prefixedName));
        }
    }
}
