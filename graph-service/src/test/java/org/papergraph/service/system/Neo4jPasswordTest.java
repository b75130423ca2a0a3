package org.papergraph.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Neo4jPasswordTest {

    @TempDir
    Path dir;

    @Test
    void resolve_configured_wins() {
        assertThat(Neo4jPassword.resolve("secret", dir)).isEqualTo("secret");
        assertThat(dir.resolve(Neo4jPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void resolve_none_generatesOnceWithOwnerOnlyPermissions() throws Exception {
        String first = Neo4jPassword.resolve(null, dir.resolve("data"));
        Path file = dir.resolve("data").resolve(Neo4jPassword.FILE_NAME);
        assertThat(first).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Neo4jPassword.resolve("", dir.resolve("data"))).isEqualTo(first);
    }
}
