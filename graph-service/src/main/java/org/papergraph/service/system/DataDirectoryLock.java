package org.papergraph.service.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An exclusive lock on a data directory ({@code papergraph.lock} in it, holding the owner's
 * process id), taken before Neo4j or TDB2 open their stores there, so that a second
 * {@code serve} or {@code load} on the same directory stops with one sentence naming the
 * directory and the process that has it. The operating system releases the lock when the
 * process ends, however it ends.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "papergraph.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the directory, creating it if needed.
     *
     * @throws StartupException when another process (or another service in this one) holds it,
     *     or the directory cannot be written
     */
    public static DataDirectoryLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StartupException("the data directory " + dir + " is in use by another papergraph process"
                        + holder + "; stop it first, or choose another directory with --papergraph.data-dir=DIR");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StartupFailures.ioFailure(e, dir);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Returns " (pid N: command line)" from the lock file, or "" when it says nothing useful. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        if (!text.matches("\\d{1,19}")) {
            return "";
        }
        long pid = Long.parseLong(text);
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).map(c -> ": " + abbreviate(c))
                .orElse("");
        return " (pid " + pid + command + ")";
    }

    /** Keeps the start (the program) and the end (the arguments, where the command is) of a long command line. */
    private static String abbreviate(String commandLine) {
        return commandLine.length() <= 120 ? commandLine
                : commandLine.substring(0, 40) + " ... " + commandLine.substring(commandLine.length() - 75);
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
