package org.papergraph.service.load;

import java.time.Duration;
import java.util.List;

/**
 * What one load did.
 *
 * @param papers papers (named graphs) written
 * @param quads quads read, across all paper graphs
 * @param skipped papers that could not be mapped, with the reason
 * @param elapsed time spent writing to the stores (parsing excluded)
 */
public record LoadReport(int papers, long quads, List<String> skipped, Duration elapsed) {

    /** Returns quads written per second. */
    public double quadsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return quads / seconds;
    }

    @Override
    public String toString() {
        return "%d papers, %d quads in %.1f s (%.0f quads/s)%s".formatted(papers, quads, elapsed.toMillis() / 1000.0,
                quadsPerSecond(), skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
    }
}
