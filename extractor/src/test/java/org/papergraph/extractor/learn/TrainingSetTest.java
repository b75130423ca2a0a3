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
            {"id": "0001.00001", "title": "Tiny Nets", "abstract": "We propose TinyNet, a small network.", "date": "2025-03-18"}
            {"id": "0001.00002", "title": "Kept Apart", "abstract": "This abstract is reserved and never read."}
            {"id": "0001.00003", "title": "Extra Nets", "abstract": "We introduce ExtraNet for parsing."}
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
            assertThat(item.record().date()).isEqualTo("2025-03-18");
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

    private TrainingSet loadWithExtra(String gold, String extra) throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), CORPUS);
        Files.writeString(dir.resolve("reserved.txt"), "0001.00002\n");
        Files.writeString(dir.resolve("gold.jsonl"), gold);
        Files.writeString(dir.resolve("extra.jsonl"), extra);
        return TrainingSet.load(dir.resolve("gold.jsonl"), List.of(dir.resolve("extra.jsonl")), dir.resolve("corpus.jsonl"),
                dir.resolve("reserved.txt"));
    }

    @Test
    void load_extraPapers_areKeptApartFromThePapersToScore() throws IOException {
        TrainingSet set = loadWithExtra("{\"id\": \"0001.00001\", \"title\": \"Tiny Nets\"}\n",
                "{\"id\": \"0001.00003\", \"title\": \"Extra Nets\", \"entities\": [{\"name\": \"ExtraNet\", \"type\": \"Method\"}]}\n");
        assertThat(set.papers()).extracting(item -> item.gold().id()).containsExactly("0001.00001");
        assertThat(set.extra()).singleElement().satisfies(item -> {
            assertThat(item.record().abstractText()).startsWith("We introduce ExtraNet");
            assertThat(item.gold().entities()).extracting(AnnotatedPaper.Ent::name).containsExactly("ExtraNet");
        });
    }

    @Test
    void load_paperAnnotatedInTheGoldAndTheExtraFile_isRefusedNamingBoth() {
        assertThatThrownBy(() -> loadWithExtra("{\"id\": \"0001.00001\", \"title\": \"Tiny Nets\"}\n",
                "{\"id\": \"0001.00003\", \"title\": \"Extra Nets\"}\n{\"id\": \"0001.00001\", \"title\": \"Tiny Nets\"}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra.jsonl line 2").hasMessageContaining("annotated twice").hasMessageContaining("gold.jsonl");
    }

    @Test
    void load_reservedIdInAnExtraFile_isRefused() {
        assertThatThrownBy(() -> loadWithExtra("{\"id\": \"0001.00001\", \"title\": \"Tiny Nets\"}\n",
                "{\"id\": \"0001.00002\", \"title\": \"Kept Apart\"}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra.jsonl line 1").hasMessageContaining("reserved");
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
