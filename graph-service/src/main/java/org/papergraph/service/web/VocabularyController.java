package org.papergraph.service.web;

import java.util.Arrays;
import java.util.List;
import org.papergraph.extractor.RelationType;
import org.papergraph.service.load.ConceptKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The relations and concept types the explorer offers as filters, so its page never lists them by hand. */
@RestController
class VocabularyController {

    /**
     * The explorer's vocabulary.
     *
     * @param relations the relation predicates ({@code evaluatedOn}) with their relationship types
     * @param types the concept types ({@code Dataset})
     */
    record Vocabulary(List<Relation> relations, List<String> types) {}

    /**
     * One relation.
     *
     * @param predicate the ontology predicate's local name, as the API accepts it
     * @param type the Neo4j relationship type
     */
    record Relation(String predicate, String type) {}

    @GetMapping("/api/vocabulary")
    Vocabulary vocabulary() {
        return new Vocabulary(Arrays.stream(RelationType.values()).map(t -> new Relation(t.predicate(), t.name())).toList(),
                Arrays.stream(ConceptKind.values()).map(ConceptKind::label).toList());
    }
}
