package org.papergraph.service.concept;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.ConceptGraph;
import org.papergraph.service.explore.ConceptGraphProjection;
import org.papergraph.service.load.ConceptKind;
import org.papergraph.service.load.GraphLoadedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps a {@link ConceptIndex} of the current concept graph: rebuilt after every load (and, should
 * a search see a newer graph first, by that search). Searches read the current index without
 * locking.
 */
@Component
class ConceptIndexProjection {

    private static final Logger log = LoggerFactory.getLogger(ConceptIndexProjection.class);

    private final ConceptGraphProjection projection;
    private volatile @Nullable ConceptIndex index;

    ConceptIndexProjection(ConceptGraphProjection projection) {
        this.projection = projection;
    }

    /** Searches the current concept graph's names and aliases; see {@link ConceptIndex#search}. */
    List<ConceptSearch.Hit> search(String query, @Nullable ConceptKind type, int limit) {
        return current().search(query, type, limit);
    }

    /** Runs after the concept graph projection has been rebuilt for the same load. */
    @EventListener
    @Order(Integer.MAX_VALUE)
    void onLoaded(GraphLoadedEvent event) {
        current();
    }

    private ConceptIndex current() {
        ConceptGraph graph = projection.current();
        ConceptIndex i = index;
        if (i != null && i.graph() == graph) {
            return i;
        }
        synchronized (this) {
            i = index;
            if (i == null || i.graph() != projection.current()) {
                long start = System.nanoTime();
                i = ConceptIndex.build(projection.current());
                index = i;
                log.info("Concept search index: {} concepts, built in {} ms", i.graph().concepts().size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return i;
        }
    }
}
