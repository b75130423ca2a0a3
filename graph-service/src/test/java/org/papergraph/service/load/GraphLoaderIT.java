package org.papergraph.service.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.papergraph.service.ServiceITSupport;

class GraphLoaderIT extends ServiceITSupport {

    static final String PAPER_C = "https://papergraph.org/id/paper/2402.00002";

    @Test
    void load_twice_sameNodeAndRelationshipCounts() {
        LoadReport first = loadFixture();
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        LoadReport second = loadFixture();
        assertThat(first.papers()).isEqualTo(3);
        assertThat(second.papers()).isEqualTo(3);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes).isEqualTo(3 + 10 + 2);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void load_mapsLabelsRelationshipsAndEvidence() {
        loadFixture();
        assertThat(count("MATCH (c:Concept:Architecture {key: 'poolformer', name: 'PoolFormer'}) RETURN count(c)"))
                .isOne();
        assertThat(count("MATCH (:Paper {key: '2503.11677'})-[:PROPOSES]->(:Concept {key: 'poolformer'}) RETURN count(*)"))
                .isOne();
        assertThat(count("""
                MATCH (:Concept {key: 'poolformer'})-[r:EVALUATED_ON]->(:Concept {key: 'imagenet-1k'})
                WHERE r.support = 2 AND size(r.papers) = 2 AND size(r.sentences) = 2 AND r.begins[0] >= 0
                RETURN count(r)""")).isOne();
        assertThat(count("MATCH (:Claim {value: 82.1})-[:CLAIM_DATASET]->(:Dataset {key: 'imagenet-1k'}) RETURN count(*)"))
                .isOne();
        assertThat(count("SHOW CONSTRAINTS YIELD labelsOrTypes WHERE 'Concept' IN labelsOrTypes RETURN count(*)"))
                .isOne();
    }

    @Test
    void load_paperAgainWithNewContent_replacesItsStatements() {
        loadFixture();
        DatasetGraph changed = withoutCoco(GraphLoader.read(FIXTURE));
        loader.load(changed);
        assertThat(count("MATCH (c:Concept {key: 'coco'}) RETURN count(c)")).isZero();
        assertThat(count("MATCH (:Concept {key: 'poolformer'})-[r:EVALUATED_ON]->(:Concept {key: 'imagenet-1k'}) "
                + "RETURN r.support")).isEqualTo(2);
        loadFixture();
        assertThat(count("MATCH (c:Concept {key: 'coco'}) RETURN count(c)")).isOne();
    }

    @Test
    void load_paperAgainWithoutARelation_dropsOnlyItsEvidence() {
        loadFixture();
        DatasetGraph onlyC = DatasetGraphFactory.create();
        Node c = NodeFactory.createURI(PAPER_C);
        GraphLoader.read(FIXTURE).getGraph(c).find().forEach(t -> {
            if (!t.getPredicate().getURI().endsWith("#evaluatedOn") && !t.getObject().toString().endsWith("imagenet-1k")) {
                onlyC.add(c, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        loader.load(onlyC);
        List<String> papers;
        try (Session session = driver.session()) {
            papers = session.executeRead(tx -> tx.run("""
                    MATCH (:Concept {key: 'poolformer'})-[r:EVALUATED_ON]->(:Concept {key: 'imagenet-1k'})
                    RETURN r.papers AS papers""").single().get("papers").asList(v -> v.asString()));
        }
        assertThat(papers).containsExactly("https://papergraph.org/id/paper/2503.11677");
        loadFixture();
    }

    private static DatasetGraph withoutCoco(DatasetGraph dataset) {
        Node c = NodeFactory.createURI(PAPER_C);
        DatasetGraph copy = DatasetGraphFactory.create();
        dataset.getGraph(c).find().forEach(t -> {
            if (!t.getObject().toString().contains("coco") && !t.getSubject().toString().contains("coco")
                    && !t.getSubject().toString().endsWith("assertion/1")) {
                copy.add(c, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        return copy;
    }
}
