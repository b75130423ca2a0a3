package org.papergraph.service.load;

import java.util.Set;

/**
 * Published after a load has written the stores, so read-side caches can refresh.
 *
 * @param papers the IRIs of the papers written
 */
public record GraphLoadedEvent(Set<String> papers) {}
