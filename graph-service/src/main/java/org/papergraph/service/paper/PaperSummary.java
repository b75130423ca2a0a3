package org.papergraph.service.paper;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paper in brief.
 *
 * @param id the paper id ({@code 2503.11677})
 * @param iri the paper's IRI
 * @param title the title
 * @param date the date or year, when known
 * @param authors author names
 * @param subjects subject categories
 */
public record PaperSummary(String id, String iri, String title, @Nullable String date, List<String> authors,
        List<String> subjects) {}
