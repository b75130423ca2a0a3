package org.papergraph.service.load;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.extractor.PaperRecord;

/** Turns paper records into paper graphs (one named graph per paper), ready to load. */
public interface PaperExtractor {

    /**
     * Extracts the records; a record that cannot be processed is reported, not thrown.
     *
     * @param records the papers to extract
     * @return the paper graphs and one message per record that failed
     */
    Extraction extract(List<PaperRecord> records);

    /**
     * What an extraction produced.
     *
     * @param dataset one named graph per paper
     * @param errors one line per record that failed
     */
    record Extraction(DatasetGraph dataset, List<String> errors) {}
}
