package org.papergraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks that {@link PG} and {@link PROV} agree with {@code ontology/papergraph.ttl}. */
class PGTest {

    private static final Model ONTOLOGY = PaperGraphOntology.ontology();

    @Test
    @DisplayName("every PG constant is declared in the ontology with a matching OWL type")
    void constants_everyOne_declaredWithMatchingType() {
        Map<String, Resource> constants = constants(PG.class);

        assertThat(constants).isNotEmpty();
        constants.forEach((name, term) -> assertThat(ONTOLOGY.listObjectsOfProperty(term, RDF.type).toSet())
                .as("rdf:type of pg:%s", name)
                .containsAnyElementsOf(expectedTypes(term)));
    }

    @Test
    @DisplayName("every pg: IRI in the ontology, in any position, has a PG constant")
    void ontology_everyPgIri_hasConstant() {
        Set<String> used = ONTOLOGY.getGraph().stream()
                .flatMap(PGTest::nodes)
                .filter(node -> node.isURI() && node.getURI().startsWith(PG.NS))
                .map(node -> node.getURI().substring(PG.NS.length()))
                .collect(Collectors.toSet());

        assertThat(constants(PG.class).keySet()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void prov_everyConstant_declaredInOntology() {
        constants(PROV.class).forEach((name, term) -> assertThat(ONTOLOGY.listObjectsOfProperty(term, RDF.type).toSet())
                .as("rdf:type of prov:%s", name)
                .containsAnyElementsOf(expectedTypes(term)));
    }

    @Test
    void conceptKinds_comparedWithOntology_areTheSubclassesOfConcept() {
        Set<Resource> subclasses = ONTOLOGY.listSubjectsWithProperty(RDFS.subClassOf, PG.Concept).toSet();

        assertThat(PG.CONCEPT_KINDS).map(Resource::asNode)
                .containsExactlyInAnyOrderElementsOf(subclasses.stream().map(Resource::asNode).toList());
    }

    @Test
    void relations_comparedWithOntology_areTheConceptToConceptProperties() {
        Set<Resource> relations = ONTOLOGY.listSubjectsWithProperty(RDFS.domain, PG.Concept).toSet();
        relations.retainAll(ONTOLOGY.listSubjectsWithProperty(RDFS.range, PG.Concept).toSet());

        assertThat(PG.RELATIONS).map(Resource::asNode)
                .containsExactlyInAnyOrderElementsOf(relations.stream().map(Resource::asNode).toList());
    }

    @Test
    void relations_order_followsModel() {
        assertThat(PG.RELATIONS).extracting(Resource::getLocalName)
                .containsExactly("instanceOf", "basedOn", "usesMethod", "addresses", "evaluatedOn", "outperforms",
                        "comparedWith");
    }

    @Test
    void constants_fieldName_isIriLocalName() {
        constants(PG.class).forEach((name, term) -> assertThat(term.getURI()).isEqualTo(PG.NS + name));
        constants(PROV.class).forEach((name, term) -> assertThat(term.getURI()).isEqualTo(PROV.NS + name));
    }

    @Test
    void getURI_returnsNamespace() {
        assertThat(PG.getURI()).isEqualTo(PG.NS).isEqualTo("https://papergraph.org/ontology#");
        assertThat(PROV.getURI()).isEqualTo(PROV.NS);
    }

    /** Returns the public static Resource and Property fields of a vocabulary class by name. */
    static Map<String, Resource> constants(Class<?> vocabulary) {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field field : vocabulary.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                constants.put(field.getName(), valueOf(field));
            }
        }
        return constants;
    }

    private static Set<Resource> expectedTypes(Resource term) {
        return term instanceof Property
                ? Set.of(OWL.ObjectProperty, OWL.DatatypeProperty)
                : Set.of(OWL.Class);
    }

    private static Resource valueOf(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(field + " is not readable", e);
        }
    }

    private static Stream<Node> nodes(Triple triple) {
        return Stream.of(triple.getSubject(), triple.getPredicate(), triple.getObject());
    }
}
