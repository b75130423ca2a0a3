package org.papergraph.service.load;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperGraphExtractor;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;
import org.papergraph.service.system.PaperGraphProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Extracts posted abstracts with the extractor module. Uses the {@link PaperGraphExtractor}
 * that {@code serve --input} already warmed up when there is one, else creates its own on first
 * use (CoreNLP then loads, about 20 s). Calls are serialised; concepts are canonicalised within
 * each call.
 */
@Component
class CoreNlpPaperExtractor implements PaperExtractor, DisposableBean {

    private final ObjectProvider<PaperGraphExtractor> shared;
    private final int threads;
    private final PaperGraphExtractor.Decider decider;
    private @Nullable PaperGraphExtractor own;

    CoreNlpPaperExtractor(ObjectProvider<PaperGraphExtractor> shared, PaperGraphProperties properties) {
        this.shared = shared;
        this.threads = Math.max(1, properties.extract().threads());
        this.decider = properties.extract().decider();
    }

    @Override
    public synchronized Extraction extract(List<PaperRecord> records) {
        CorpusExtraction extraction = extractor().extract(records);
        return new Extraction(extraction.toDatasetGraph(), extraction.errors().stream().map(RecordError::toString).toList());
    }

    private PaperGraphExtractor extractor() {
        PaperGraphExtractor available = shared.getIfAvailable();
        if (available != null) {
            return available;
        }
        if (own == null) {
            own = PaperGraphExtractor.create(threads, decider);
        }
        return own;
    }

    @Override
    public synchronized void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
