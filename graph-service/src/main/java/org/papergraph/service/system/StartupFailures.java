package org.papergraph.service.system;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns the failures of a start-up that the user can fix into one sentence each: a data
 * directory in use, a port taken, a store from another version, a full disk. Anything else is
 * left alone (and reported with its stack trace).
 */
public final class StartupFailures {

    private StartupFailures() {}

    /** Returns the sentence for a failure the user can fix, if {@code failure} or one of its causes is one. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException e) {
                return Optional.of(e.getMessage());
            }
            if (t instanceof PortInUseException e) {
                return Optional.of("HTTP port " + e.getPort() + " is already in use by another process; stop it,"
                        + " or choose another port with --server.port=PORT");
            }
            if (t.getClass().getSimpleName().equals("AlreadyLocked")) {
                return Optional.of("the TDB2 store is in use by another process: " + t.getMessage()
                        + "; stop it first, or choose another directory with --papergraph.data-dir=DIR");
            }
            if (isDiskFull(t)) {
                return Optional.of(ioFailure((IOException) t, null).getMessage());
            }
        }
        return Optional.empty();
    }

    /** Explains a failure to start embedded Neo4j with its store in {@code home} and Bolt on {@code address:port}. */
    static RuntimeException neo4jFailure(RuntimeException failure, Path home, String address, int port) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof BindException || name.equals("PortBindException")) {
                return new StartupException("Bolt port " + port + " on " + address + " is already in use by another"
                        + " process; stop it, or choose another port with --papergraph.neo4j.bolt-port=PORT"
                        + " (0 picks a free one)", failure);
            }
            if (name.equals("FileLockException")) {
                return new StartupException("the Neo4j store in " + home.toAbsolutePath().normalize()
                        + " is in use by another process; stop it first, or choose another directory with"
                        + " --papergraph.data-dir=DIR", failure);
            }
            if (name.contains("Upgrade") || name.contains("StoreFormat") || name.contains("FormatCapability")
                    || name.contains("StoreVersion") || name.contains("Migration")) {
                return new StartupException("the Neo4j store in " + home.toAbsolutePath().normalize()
                        + " was written by another Neo4j version and this one cannot open it (" + t.getMessage()
                        + "); load into a new directory with --papergraph.data-dir=DIR", failure);
            }
            if (isDiskFull(t)) {
                return ioFailure((IOException) t, home);
            }
        }
        return failure;
    }

    /** Explains an I/O failure on a path under the data directory. */
    static StartupException ioFailure(IOException e, @Nullable Path where) {
        Path path = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : where;
        String place = path == null ? "" : " " + path.toAbsolutePath().normalize();
        if (isDiskFull(e)) {
            return new StartupException("no space left on the disk that holds" + place
                    + "; free some space, or choose a directory on another disk with --papergraph.data-dir=DIR", e);
        }
        return new StartupException("cannot write" + place + ": " + e.getMessage(), e);
    }

    private static boolean isDiskFull(Throwable t) {
        return t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left on device");
    }
}
