package org.papergraph.service.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.service.GraphServiceApplication;
import org.papergraph.service.RawHttp;
import org.papergraph.service.TempDataDirs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/posted-papers.jsonl}) through
 * {@code POST /api/papers} with the real extractor: the well-formed lines go as one array, and
 * every bad record in it is reported by its id with its problem while the good ones load; each line
 * that is not JSON or not UTF-8 goes on its own and gets a 400 problem saying what is wrong with
 * the body. Its own context and database (closed afterwards: it holds a CoreNLP pipeline).
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m",
            "papergraph.api-token=" + BadInputCorpusIT.TOKEN, "papergraph.extract.threads=1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BadInputCorpusIT {

    static final String TOKEN = "bad-input-token";
    private static final Path CORPUS = Path.of("src/test/resources/bad-input/posted-papers.jsonl");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the service must say about each bad record that is well-formed JSON, by id. */
    private static final Map<String, String> PROBLEMS = Map.of(
            "bad-input.empty-abstract", "abstract is empty",
            "bad-input.missing-title", "title is missing",
            "bad-input.binary-junk", "abstract is not text: it holds U+0000 at character 1",
            "bad-input.oversized-abstract", "more than the 100000 allowed",
            "bad-input.not-english", "abstract is not in English");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", TempDataDirs.create("papergraph-bad-input-it")::toString);
    }

    @Test
    void postPapers_badInputCorpus_badRecordsReportedByName_goodOnesLoad() throws IOException {
        List<byte[]> wellFormed = new ArrayList<>();
        List<byte[]> broken = new ArrayList<>();
        for (byte[] line : lines(Files.readAllBytes(CORPUS))) {
            (parses(line) ? wellFormed : broken).add(line);
        }
        assertThat(broken).as("the malformed-JSON and invalid-UTF-8 lines").hasSize(2);

        RawHttp.Answer answer = post(array(wellFormed));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode result = answer.json();
        List<String> errors = result.path("errors").valueStream().map(JsonNode::asString).toList();
        assertThat(result.path("loaded").asInt()).as(errors.toString()).isEqualTo(wellFormed.size() - PROBLEMS.size()).isEqualTo(2);
        assertThat(errors).hasSize(PROBLEMS.size());
        PROBLEMS.forEach((id, problem) -> assertThat(errors).as(id)
                .anySatisfy(e -> assertThat(e).startsWith("POST /api/papers: paper ").contains("(" + id + ")", problem)));
        for (String good : List.of("bad-input.good-1", "bad-input.good-2")) {
            assertThat(RawHttp.get(port, "/api/papers/" + good, "localhost").status()).as(good).isEqualTo(200);
        }
        assertThat(RawHttp.get(port, "/api/papers/bad-input.empty-abstract", "localhost").status()).isEqualTo(404);

        for (byte[] line : broken) {
            RawHttp.Answer refused = post(array(List.of(line)));
            String text = new String(line, StandardCharsets.UTF_8);
            assertThat(refused.status()).as(text).isEqualTo(400);
            assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asString()).as(text)
                    .startsWith("the request body is not the JSON this endpoint reads: ")
                    .contains(text.contains("invalid-utf8") ? "UTF-8" : "end-of-input");
        }
        assertThat(RawHttp.get(port, "/api/papers?limit=10", "localhost").json().path("total").asInt()).isEqualTo(2);
    }

    private RawHttp.Answer post(byte[] body) {
        return RawHttp.postJson(port, "/api/papers", body, "Authorization", "Bearer " + TOKEN);
    }

    private static boolean parses(byte[] line) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
            return JSON.readTree(text).isObject();
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }

    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                if (i > start) {
                    lines.add(java.util.Arrays.copyOfRange(file, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] array(List<byte[]> elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(elements.get(i));
        }
        out.write(']');
        return out.toByteArray();
    }
}
