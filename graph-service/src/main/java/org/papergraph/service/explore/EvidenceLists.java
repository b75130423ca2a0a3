package org.papergraph.service.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.papergraph.service.load.GraphIds;

/**
 * Reads the aligned evidence lists of a relationship ({@code papers}, {@code sentences},
 * {@code begins}, …) back into {@link Evidence} entries; the loader's {@code ""} and {@code -1}
 * placeholders become nulls.
 */
public final class EvidenceLists {

    private EvidenceLists() {}

    /** Returns one entry per index of the aligned lists in a relationship's properties. */
    public static List<Evidence> read(Map<String, Value> props, Function<String, @Nullable String> titleOfPaper) {
        List<String> papers = strings(props, "papers");
        List<String> assertions = strings(props, "assertions");
        List<String> sentences = strings(props, "sentences");
        List<String> fields = strings(props, "fields");
        List<String> extractedBy = strings(props, "extractedBy");
        List<Long> indexes = longs(props, "sentenceIndexes");
        List<Long> begins = longs(props, "begins");
        List<Long> ends = longs(props, "ends");
        List<Double> confidences = doubles(props, "confidences");
        List<Evidence> evidence = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            String paper = papers.get(i);
            evidence.add(new Evidence(GraphIds.paperKey(paper), titleOfPaper.apply(paper), text(assertions, i),
                    text(sentences, i), number(indexes, i), text(fields, i), number(begins, i), number(ends, i),
                    i < confidences.size() && confidences.get(i) >= 0 ? confidences.get(i) : null, text(extractedBy, i)));
        }
        return evidence;
    }

    private static @Nullable String text(List<String> list, int i) {
        return i < list.size() && !list.get(i).isEmpty() ? list.get(i) : null;
    }

    private static @Nullable Integer number(List<Long> list, int i) {
        return i < list.size() && list.get(i) >= 0 ? Math.toIntExact(list.get(i)) : null;
    }

    private static List<String> strings(Map<String, Value> props, String key) {
        Value v = props.get(key);
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static List<Long> longs(Map<String, Value> props, String key) {
        Value v = props.get(key);
        return v == null || v.isNull() ? List.of() : v.asList(Value::asLong);
    }

    private static List<Double> doubles(Map<String, Value> props, String key) {
        Value v = props.get(key);
        return v == null || v.isNull() ? List.of() : v.asList(Value::asDouble);
    }
}
