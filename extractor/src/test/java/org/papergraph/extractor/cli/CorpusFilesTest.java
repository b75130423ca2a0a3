package org.papergraph.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.CorpusExtraction;

class CorpusFilesTest {

    @TempDir
    Path dir;

    @Test
    void write_outputFile_getsThePermissionsTheUmaskGives() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Set<PosixFilePermission> umaskGives = Files.getPosixFilePermissions(reference);

        Path written = CorpusFiles.write(new CorpusExtraction(List.of(), Map.of(), List.of()), OutputFormat.JSONL, dir);

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(umaskGives)
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("reference",
                    written.getFileName().toString());
        }
    }
}
