package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinaryContentTest {

    @Test
    void findReason_utf8Text_isEmpty() {
        byte[] text = "Große Modelle, 模型, модели\tand\r\nmore\f".getBytes(StandardCharsets.UTF_8);

        assertThat(BinaryContent.findReason(text)).isEmpty();
    }

    @Test
    void findReason_latin1Text_isEmpty() {
        byte[] text = "Große Sprachmodelle für natürliche Sprache".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(BinaryContent.findReason(text)).isEmpty();
    }

    @Test
    void findReason_nulByte_isBinary() {
        assertThat(BinaryContent.findReason(new byte[] {'a', 0, 'b'}))
                .contains("not a text file: it contains NUL bytes");
    }

    @Test
    void findReason_mostlyControlBytes_isBinary() {
        byte[] bytes = {1, 2, 3, 4, 'a', 'b', 5, 6, 7, 8};

        assertThat(BinaryContent.findReason(bytes)).contains("not a text file: 80% of its first 10 bytes are not text");
    }

    @Test
    void findReason_multibyteCharacterCutAtEnd_isEmpty() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xE6};

        assertThat(BinaryContent.findReason(bytes)).isEmpty();
    }
}
