package org.papergraph.extractor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed over the target once
 * complete. A reader never sees half a file, and a failed write leaves the old file as it was.
 */
public final class AtomicFile {

    /** What is written into the file. */
    @FunctionalInterface
    public interface Contents {
        /** Writes the contents to {@code out}, which is closed afterwards. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code target} with the given contents, creating its folder if needed.
     *
     * @throws IOException if writing or renaming fails; the temporary file is then deleted
     */
    public static void replace(Path target, Contents contents) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // Not Files.createTempFile: its files are owner-only (0600); outputs get what the umask gives.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                contents.writeTo(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
