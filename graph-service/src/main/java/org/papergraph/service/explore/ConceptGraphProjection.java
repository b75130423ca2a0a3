package org.papergraph.service.explore;

import org.neo4j.driver.Driver;
import org.papergraph.service.load.GraphLoadedEvent;
import org.papergraph.service.system.PaperGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory {@link ConceptGraph} in step with Neo4j: built when the service starts and
 * rebuilt after every load. Readers get the current snapshot without locking; a rebuild swaps
 * in a new one (the whole concept graph is read again: a few seconds for 10,000 papers).
 */
@Component
public class ConceptGraphProjection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConceptGraphProjection.class);

    private final ConceptGraphReader reader;
    private final boolean enabled;
    private volatile ConceptGraph current = ConceptGraph.empty();
    private volatile boolean running;

    ConceptGraphProjection(Driver driver, PaperGraphProperties properties) {
        this.reader = new ConceptGraphReader(driver);
        this.enabled = properties.projection().enabled();
    }

    /** Returns the current snapshot. */
    public ConceptGraph current() {
        return current;
    }

    /** Rebuilds the snapshot from Neo4j. */
    public synchronized void rebuild() {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        current = reader.read();
        log.info("Concept graph projection: {} concepts, {} relations, built in {} ms",
                current.graph().vertexSet().size(), current.graph().edgeSet().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @EventListener
    void onLoaded(GraphLoadedEvent event) {
        rebuild();
    }

    /** Builds the first snapshot before any startup load and before the web server opens. */
    @Override
    public void start() {
        rebuild();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return -100;
    }
}
