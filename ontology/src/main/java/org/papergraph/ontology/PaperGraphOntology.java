package org.papergraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * Loads the PaperGraph ontology and shapes from the classpath and validates data against them.
 *
 * <p>Each file is parsed on first use and cached for the life of the class loader. All methods are
 * thread-safe. The cached ontology and shapes graphs are read-only: an attempt to change them
 * throws {@link org.apache.jena.shared.AddDeniedException} or
 * {@link org.apache.jena.shared.DeleteDeniedException}.
 *
 * <p>Loading fails only when the build is broken: with {@link IllegalStateException} if a file is
 * missing from the classpath, {@link UncheckedIOException} if it cannot be read, and
 * Jena's {@code RiotException} or {@code ShaclParseException} if it does not parse. Nothing is
 * cached after a failure, so the next call fails the same way.
 */
public final class PaperGraphOntology {

    /** The classpath location of the OWL ontology in Turtle. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/papergraph.ttl";

    /** The classpath location of the SHACL shapes in Turtle. */
    public static final String SHAPES_RESOURCE = "/shapes/papergraph-shapes.ttl";

    private static final Lazy<Model> ONTOLOGY =
            new Lazy<>(() -> ModelFactory.createModelForGraph(readOnlyGraph(ONTOLOGY_RESOURCE)));

    private static final Lazy<Shapes> SHAPES = new Lazy<>(() -> Shapes.parse(readOnlyGraph(SHAPES_RESOURCE)));

    private PaperGraphOntology() {
    }

    /**
     * Returns the PaperGraph OWL ontology.
     *
     * <p>The first call parses {@link #ONTOLOGY_RESOURCE}; later calls return the same read-only
     * model.
     *
     * @return the ontology, read-only and shared
     * @throws IllegalStateException if the ontology is missing from the classpath
     */
    public static Model ontology() {
        return ONTOLOGY.get();
    }

    /**
     * Returns the PaperGraph SHACL shapes.
     *
     * <p>The first call parses {@link #SHAPES_RESOURCE}; later calls return the same shapes.
     *
     * @return the shapes, shared
     * @throws IllegalStateException if the shapes are missing from the classpath
     */
    public static Shapes shapes() {
        return SHAPES.get();
    }

    /**
     * Validates a graph against the PaperGraph shapes and reports every violation.
     *
     * <p>Pass one paper's graph (the named graph of a paper): the shapes expect the paper, its
     * sentences and the concepts it mentions to be in the same graph. The running time grows with
     * the size of the graph; validation only reads it, so several threads may validate different
     * graphs, or the same unchanging graph, at once.
     *
     * @param data the graph to check; it must not change during validation
     * @return the report; {@link ValidationReport#conforms()} tells whether there were violations
     */
    public static ValidationReport validate(Graph data) {
        Objects.requireNonNull(data, "data");
        return ShaclValidator.get().validate(shapes(), data);
    }

    /**
     * Does the graph conform to the PaperGraph shapes?
     *
     * <p>Same contract as {@link #validate(Graph)}, but may stop at the first violation, so it is
     * cheaper when the details are not needed.
     *
     * @param data the graph to check; it must not change during validation
     * @return {@code true} if the graph has no violations
     */
    public static boolean conforms(Graph data) {
        Objects.requireNonNull(data, "data");
        return ShaclValidator.get().conforms(shapes(), data);
    }

    private static Graph readOnlyGraph(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = PaperGraphOntology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new GraphReadOnly(graph);
    }
}
