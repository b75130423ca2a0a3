package org.papergraph.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.eval.AnnotatedPaper;

class TrainingSetTest {

    private static final String CORPUS = """
            {"id": "0001.00001", "title": "Tiny Nets", "abstract": "We propose TinyNet, a small network."}
            {"id": "0001.00002", "title": "Kept Apart", "abstract": "This abstract is reserved and never read."}
            """;

    @TempDir
    Path dir;

    private TrainingSet load(String gold) throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), CORPUS);
        Files.writeString(dir.resolve("reserved.txt"), "0001.00002\n");
        Files.writeString(dir.resolve("gold.jsonl"), gold);
        return TrainingSet.load(dir.resolve("gold.jsonl"), dir.resolve("corpus.jsonl"), dir.resolve("reserved.txt"));
    }

    @Test
    void load_joinsGoldToTheCorpusById() throws IOException {
        TrainingSet set = load("""
                {"id": "0001.00001", "title": "Tiny Nets", "entities": [{"name": "TinyNet", "type": "Architecture", "proposed": true, "aliases": []}]}
                """);
        assertThat(set.papers()).singleElement().satisfies(item -> {
            assertThat(item.record().abstractText()).startsWith("We propose TinyNet");
            assertThat(item.gold().entities()).extracting(AnnotatedPaper.Ent::forms).containsExactly(java.util.Set.of("tinynet"));
        });
    }

    @Test
    void load_reservedId_isRefusedNamingTheLine() {
        assertThatThrownBy(() -> load("""
                {"id": "0001.00001", "title": "Tiny Nets"}
                {"id": "0001.00002", "title": "Kept Apart"}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("reserved");
    }

    @Test
    void load_paperMissingFromTheCorpus_orWithoutId_isRefused() {
        assertThatThrownBy(() -> load("{\"id\": \"0009.99999\", \"title\": \"Nowhere\"}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0009.99999");
        assertThatThrownBy(() -> load("{\"title\": \"No Id\"}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an id");
    }

    @Test
    void goldPaper_relationEnds_resolveThroughAliases() {
        GoldPaper gold = GoldPaper.parse("""
                {"title": "T", "entities": [{"name": "Vision Transformer", "type": "Architecture", "aliases": ["ViT"]}],
                 "relations": [], "claims": []}""".replace("\n", " "));
        assertThat(gold.entityNamed("ViTs")).isSameAs(gold.entities().get(0));
        assertThat(gold.entityNamed("ResNet")).isNull();
        assertThat(List.of(gold.entities().get(0).type())).containsExactly("Architecture");
    }
}
