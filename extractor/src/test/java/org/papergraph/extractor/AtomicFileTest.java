package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replace_writesTheWholeFile_creatingItsFolder() throws IOException {
        Path target = dir.resolve("models/table.tsv");

        AtomicFile.replace(target, out -> out.write("a\t1\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("a\t1");
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void replace_failingHalfway_leavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("table.tsv"), "old\n");

        assertThatThrownBy(() -> AtomicFile.replace(target, out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(Files.list(dir)).containsExactly(target);
    }
}
