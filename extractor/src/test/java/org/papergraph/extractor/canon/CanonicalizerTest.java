package org.papergraph.extractor.canon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.Entity;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.PaperRecord;

class CanonicalizerTest {

    static PaperAnnotation paper(String title, Entity... entities) {
        PaperRecord record = new PaperRecord("test", 1, null, title, "An abstract.", List.of(), List.of(), null);
        return new PaperAnnotation(record, List.of(), List.of(entities), List.of(), List.of());
    }

    static Entity entity(String name, ConceptType type, String... aliases) {
        return new Entity(name, type, false, List.of(aliases), "", List.of());
    }

    private static String iriOf(Canonicalizer.Result result, int paper, int entity) {
        return result.papers().get(paper).entities().get(entity).conceptIri();
    }

    @Test
    void canonicalize_pluralsAndCase_oneConcept() {
        Canonicalizer.Result r = Canonicalizer.canonicalize(List.of(
                paper("A", entity("Transformers", ConceptType.ARCHITECTURE)),
                paper("B", entity("transformer", ConceptType.ARCHITECTURE)),
                paper("C", entity("Transformer", ConceptType.ARCHITECTURE))));
        assertThat(iriOf(r, 0, 0)).isEqualTo(iriOf(r, 1, 0)).isEqualTo(iriOf(r, 2, 0))
                .isEqualTo("https://papergraph.org/id/concept/transformer");
        assertThat(r.conceptsByIri()).hasSize(1);
    }

    @Test
    void canonicalize_acronymUsedAlone_joinsItsLongForm() {
        Canonicalizer.Result r = Canonicalizer.canonicalize(List.of(
                paper("A", entity("Vision Transformer", ConceptType.ARCHITECTURE, "ViT")),
                paper("B", entity("ViT", ConceptType.ARCHITECTURE))));
        assertThat(iriOf(r, 1, 0)).isEqualTo(iriOf(r, 0, 0));
        Concept concept = r.conceptsByIri().get(iriOf(r, 0, 0));
        assertThat(concept.label()).isEqualTo("Vision Transformer");
        assertThat(concept.aliases()).contains("ViT");
    }

    @Test
    void canonicalize_acronymDefinedTwoWays_staysApart() {
        Canonicalizer.Result r = Canonicalizer.canonicalize(List.of(
                paper("A", entity("super-resolution", ConceptType.TASK, "SR")),
                paper("B", entity("speech recognition", ConceptType.TASK, "SR")),
                paper("C", entity("SR", ConceptType.TASK))));
        assertThat(iriOf(r, 2, 0)).isNotEqualTo(iriOf(r, 0, 0)).isNotEqualTo(iriOf(r, 1, 0));
    }

    @Test
    void canonicalize_kindByMajority_independentOfOrder() {
        List<PaperAnnotation> papers = List.of(
                paper("A", entity("PolyCom", ConceptType.METHOD)),
                paper("B", entity("PolyCom", ConceptType.ARCHITECTURE)),
                paper("C", entity("PolyCom", ConceptType.METHOD)));
        Canonicalizer.Result forward = Canonicalizer.canonicalize(papers);
        Canonicalizer.Result backward = Canonicalizer.canonicalize(papers.reversed());
        assertThat(forward.conceptsByIri()).isEqualTo(backward.conceptsByIri());
        assertThat(forward.conceptsByIri().values()).singleElement()
                .extracting(Concept::type).isEqualTo(ConceptType.METHOD);
        assertThat(forward.papers().get(1).entities().get(0).type()).isEqualTo(ConceptType.METHOD);
    }

    @Test
    void canonicalize_tieBetweenCasings_prefersPlainCasing() {
        List<PaperAnnotation> papers = List.of(
                paper("A", entity("Transformer iN Transformer", ConceptType.ARCHITECTURE, "TNT")),
                paper("B", entity("Transformer in Transformer", ConceptType.ARCHITECTURE)));
        Concept concept = Canonicalizer.canonicalize(papers).conceptsByIri().values().iterator().next();
        assertThat(concept.label()).isEqualTo("Transformer in Transformer");
        assertThat(concept.aliases()).containsExactly("TNT");
        assertThat(Canonicalizer.canonicalize(papers.reversed()).conceptsByIri())
                .isEqualTo(Canonicalizer.canonicalize(papers).conceptsByIri());
    }

    @Test
    void canonicalize_aliasesDifferingOnlyInCase_keepTheMostUsed() {
        Canonicalizer.Result r = Canonicalizer.canonicalize(List.of(
                paper("A", entity("Mixture-of-Experts", ConceptType.ARCHITECTURE, "MoE")),
                paper("B", entity("Mixture-of-Experts", ConceptType.ARCHITECTURE, "MoE")),
                paper("C", entity("mixture-of-experts", ConceptType.ARCHITECTURE, "MOE"))));
        Concept concept = r.conceptsByIri().values().iterator().next();
        assertThat(concept.label()).isEqualTo("Mixture-of-Experts");
        assertThat(concept.aliases()).containsExactly("MoE");
    }
}
