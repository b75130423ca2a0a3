package org.papergraph.extractor;

import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.extractor.canon.Concept;
import org.papergraph.extractor.rdf.PaperQuads;

/**
 * The result of extracting a corpus: the canonicalised papers, the corpus's concepts, and the
 * records that failed.
 *
 * @param papers the papers that succeeded, in input order, their entities bound to concepts
 * @param concepts the corpus's concepts by IRI, sorted by IRI
 * @param errors the records that failed, in input order, each with its reason
 */
public record CorpusExtraction(List<PaperAnnotation> papers, Map<String, Concept> concepts, List<RecordError> errors) {

    /** Copies the collections. */
    public CorpusExtraction {
        papers = List.copyOf(papers);
        concepts = Map.copyOf(concepts);
        errors = List.copyOf(errors);
    }

    /**
     * Sends every paper's quads to the sink, paper by paper in input order, each paper's quads
     * sorted: the same corpus always gives the same sequence. Calls neither {@code start} nor
     * {@code finish} on the sink.
     */
    public void writeQuads(StreamRDF sink) {
        for (PaperAnnotation paper : papers) {
            for (Quad quad : PaperQuads.of(paper, concepts)) {
                sink.quad(quad);
            }
        }
    }

    /** Returns a new in-memory dataset holding every paper's named graph. */
    public DatasetGraph toDatasetGraph() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (PaperAnnotation paper : papers) {
            PaperQuads.of(paper, concepts).forEach(dataset::add);
        }
        return dataset;
    }
}
