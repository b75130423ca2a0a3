package org.papergraph.extractor.read;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;

/** Finds the test data of this package and reads corpora into lists for assertions. */
final class TestFiles {

    /** The system property that points at the shared data directory, the one beside the project. */
    static final String SHARED_PROPERTY = "papergraph.shared";

    private TestFiles() {}

    /** Everything one read produced, in input order. */
    record Collected(List<PaperRecord> papers, List<RecordError> errors) {

        List<String> titles() {
            return papers.stream().map(PaperRecord::title).toList();
        }

        List<String> reasons() {
            return errors.stream().map(RecordError::reason).toList();
        }
    }

    /** Reads {@code paths} with {@link CorpusReader#forEach} and collects the results. */
    static Collected readAll(Path... paths) {
        List<PaperRecord> papers = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        CorpusReader.open(List.of(paths)).forEach(papers::add, errors::add);
        return new Collected(papers, errors);
    }

    /** Returns the path of a test resource under {@code read/}. */
    static Path resource(String name) {
        URL url = TestFiles.class.getResource("/read/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource read/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the project's copy of the scraped trending-papers page. */
    static Path trendingPapers() {
        return Stream.of("../examples/trending-papers.txt", "examples/trending-papers.txt")
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("examples/trending-papers.txt not found"));
    }

    /**
     * Finds a file in the shared data directory: the {@value #SHARED_PROPERTY} system property,
     * else {@code ../shared} beside the project (seen from the module or from the project root).
     */
    static Optional<Path> sharedFile(String relative) {
        String property = System.getProperty(SHARED_PROPERTY);
        Stream<Path> roots = property != null
                ? Stream.of(Path.of(property))
                : Stream.of(Path.of("../../shared"), Path.of("../shared"));
        return roots.map(root -> root.resolve(relative)).filter(Files::isRegularFile).findFirst();
    }
}
