package org.papergraph.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.util.FileSystemUtils;

/**
 * Data directories for the integration tests' embedded stores, deleted when the test JVM exits.
 * The Spring contexts that use them are cached for the whole run, so no test can delete them
 * earlier; left behind, each run of the suite leaves about 2 GB of Neo4j and TDB2 files in the
 * temporary directory.
 */
public final class TempDataDirs {

    private static final List<Path> DIRS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempDataDirs::deleteAll, "papergraph-test-data-cleanup"));
    }

    private TempDataDirs() {}

    /** Creates an empty directory under the temporary directory, to be deleted at exit. */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            DIRS.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll() {
        for (Path dir : DIRS) {
            try {
                FileSystemUtils.deleteRecursively(dir);
            } catch (IOException | RuntimeException e) {
                System.err.println("papergraph tests: could not delete " + dir + ": " + e);
            }
        }
    }
}
