package org.papergraph.service.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the embedded Neo4j password: the configured one, else the one stored in the data
 * directory, else a new random one that is stored there (owner read/write only) and printed once.
 */
final class Neo4jPassword {

    static final String FILE_NAME = "neo4j-password";
    private static final Logger log = LoggerFactory.getLogger(Neo4jPassword.class);

    private Neo4jPassword() {}

    /** Returns the password to use; creates the data directory and the password file if needed. */
    static String resolve(@Nullable String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            return generate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the Neo4j password file " + file, e);
        }
    }

    private static String generate(Path file) throws IOException {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        log.warn("Generated the Neo4j password for user 'neo4j': {} (stored in {}; shown only this once)", password, file);
        return password;
    }
}
