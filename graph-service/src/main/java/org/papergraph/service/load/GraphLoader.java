package org.papergraph.service.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.service.system.PaperGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Loads paper graphs into every {@link GraphStore} in batches, then publishes a
 * {@link GraphLoadedEvent}. Loads are serialised: one runs at a time.
 */
@Service
public class GraphLoader {

    /** The file {@code extract} writes and {@code load --from DIR} reads. */
    public static final String PAPERS_FILE = "papers.nq";

    private static final Logger log = LoggerFactory.getLogger(GraphLoader.class);

    private final List<GraphStore> stores;
    private final ApplicationEventPublisher events;
    private final int batchSize;

    GraphLoader(List<GraphStore> stores, ApplicationEventPublisher events, PaperGraphProperties properties) {
        this.stores = List.copyOf(stores);
        this.events = events;
        this.batchSize = Math.max(1, properties.load().batchSize());
        this.stores.forEach(GraphStore::prepare);
    }

    /** Reads {@code dir/papers.nq} (N-Quads) and loads it; see {@link #load(DatasetGraph)}. */
    public LoadReport load(Path dir) {
        Path file = dir.resolve(PAPERS_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + PAPERS_FILE + " in " + dir + ": run 'papergraph extract' first");
        }
        return load(read(file));
    }

    /** Parses an N-Quads or TriG file (by its extension) into an in-memory dataset. */
    public static DatasetGraph read(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(file).parse(dataset);
        return dataset;
    }

    /**
     * Loads every named graph of {@code dataset} as one paper; the default graph is ignored.
     * A paper already in the stores is replaced.
     */
    public synchronized LoadReport load(DatasetGraph dataset) {
        long start = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        Set<String> loaded = new LinkedHashSet<>();
        long quads = 0;
        List<PaperGraph> batch = new ArrayList<>();
        for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            if (!name.isURI()) {
                skipped.add(name + ": graph name is not an IRI");
                continue;
            }
            Graph graph = dataset.getGraph(name);
            if (!graph.contains(name, Terms.TITLE, Node.ANY)) {
                skipped.add(name.getURI() + ": no dcterms:title, so not a paper graph");
                continue;
            }
            quads += graph.size();
            batch.add(new PaperGraph(name, graph));
            if (batch.size() == batchSize) {
                write(batch, loaded, skipped);
            }
        }
        write(batch, loaded, skipped);
        LoadReport report = new LoadReport(loaded.size(), quads, skipped, Duration.ofNanos(System.nanoTime() - start));
        log.info("Loaded {}", report);
        events.publishEvent(new GraphLoadedEvent(Set.copyOf(loaded)));
        return report;
    }

    private void write(List<PaperGraph> batch, Set<String> loaded, List<String> skipped) {
        if (batch.isEmpty()) {
            return;
        }
        writeAll(batch);
        batch.forEach(p -> loaded.add(p.iri()));
        batch.clear();
    }

    /**
     * Stages the batch in every store, then commits them all; when one fails, the ones already
     * staged are aborted, so no store keeps the batch. (A commit that fails after the others
     * succeeded leaves that store behind until the papers are loaded again.)
     */
    private void writeAll(List<PaperGraph> batch) {
        List<GraphStore.StagedWrite> staged = new ArrayList<>();
        try {
            for (GraphStore store : stores) {
                staged.add(store.stage(batch));
            }
        } catch (RuntimeException e) {
            for (GraphStore.StagedWrite write : staged.reversed()) {
                try {
                    write.abort();
                } catch (RuntimeException abortFailure) {
                    e.addSuppressed(abortFailure);
                }
            }
            throw e;
        }
        staged.forEach(GraphStore.StagedWrite::commit);
    }
}
