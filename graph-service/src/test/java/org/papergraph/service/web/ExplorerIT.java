package org.papergraph.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.service.GraphServiceApplication;
import org.papergraph.service.HttpJson;
import org.papergraph.service.TempDataDirs;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.PaperExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The web explorer in a real headless Chromium against the running service, loaded with the
 * seed corpus (examples/trending-papers.txt) as the extractor reads it. One browser for the
 * class; after every test, no console error and no request that left the machine. Screenshots
 * go to target/screenshots/. The concepts the tests use are chosen from the loaded graph, not
 * written in, so the tests follow the extractor as it improves.
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m", "papergraph.extract.threads=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerIT {

    static final Path SEED = Path.of("../examples/trending-papers.txt");
    static final String RELATIONS = "INSTANCE_OF|BASED_ON|USES_METHOD|ADDRESSES|EVALUATED_ON|OUTPERFORMS|COMPARED_WITH";
    static final String CY = "window.papergraph && window.papergraph.cy";

    @LocalServerPort
    int port;

    @Autowired
    GraphLoader loader;

    @Autowired
    PaperExtractor extractor;

    @Autowired
    Driver driver;

    ExplorerBrowser browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", TempDataDirs.create("papergraph-explorer-it")::toString);
    }

    @BeforeAll
    void startBrowserAndLoadSeedCorpus() {
        browser = ExplorerBrowser.start();
        List<PaperRecord> records = new ArrayList<>();
        CorpusReader.open(SEED).forEach(records::add, e -> { });
        PaperExtractor.Extraction extraction = extractor.extract(records);
        assertThat(extraction.errors()).isEmpty();
        loader.load(extraction.dataset());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noConsoleErrorsAndNothingLeftTheMachine() {
        browser.assertNoConsoleErrorsAndOnlyLocalRequests();
    }

    @Test
    @DisplayName("typing an acronym suggests its concept; ↓ and Enter draw its neighbourhood, coloured by type, edges labelled by relation")
    void search_aliasThenEnter_drawsNeighbourhood(TestInfo test) {
        Record concept = single("""
                MATCH (c:Concept) WHERE COUNT { (c)--(:Concept) } >= 3
                UNWIND c.aliases AS alias
                WITH c, alias WHERE size(alias) >= 2 AND size(alias) <= 8 AND NOT toLower(c.name) CONTAINS toLower(alias)
                RETURN c.key AS id, c.name AS name, alias
                ORDER BY COUNT { (c)--(:Concept) } DESC, c.key, alias LIMIT 1""");
        String id = concept.get("id").asString();
        open(test, "");
        browser.waitFor("document.querySelector('#relation-filter input')");

        WebElement search = browser.find("#search");
        search.sendKeys(concept.get("alias").asString());
        browser.waitFor("!document.querySelector('#search-options').hidden && document.querySelector('#search-options [data-id]')");
        assertThat(browser.findAll("#search-options [data-id]").stream().map(li -> li.getDomAttribute("data-id")))
                .contains(id);
        browser.screenshot("01-search-autocomplete");
        search.sendKeys(Keys.ESCAPE);
        browser.waitFor("document.querySelector('#search-options').hidden");
        int position = browser.<Number>eval("[...document.querySelectorAll('#search-options [data-id]')]"
                + ".findIndex(li => li.dataset.id === arguments[0])", id).intValue();
        for (int i = 0; i <= position; i++) {
            search.sendKeys(Keys.ARROW_DOWN);
        }
        search.sendKeys(Keys.ENTER);

        waitForPanel("concept:" + id);
        JsonNode hood = HttpJson.get(port, "/api/concepts/" + id + "/neighbourhood?depth=1&limit=50&evidence=3").body();
        List<String> apiNodes = new ArrayList<>();
        hood.path("nodes").forEach(n -> apiNodes.add(n.path("concept").path("id").asString()));
        assertThat(browser.<List<String>>eval(CY + ".nodes().map(n => n.id())")).containsExactlyInAnyOrderElementsOf(apiNodes);
        assertThat(browser.<Number>eval(CY + ".edges().length").intValue()).isEqualTo(hood.path("edges").size());
        assertThat(browser.<Boolean>eval(CY + ".edges().every(e => e.style('label') === e.data('predicate'))"))
                .as("every edge labelled by its relation").isTrue();
        assertThat(browser.<Boolean>eval("""
                (() => {
                  const colours = new Map();
                  %s.nodes().forEach(n => colours.set(n.data('type'), (colours.get(n.data('type')) ?? new Set())
                      .add(n.style('background-color'))));
                  const sets = [...colours.values()];
                  return sets.every(s => s.size === 1) && new Set(sets.map(s => [...s][0])).size === sets.length;
                })()""".formatted(CY))).as("one colour per concept type, a different one for each").isTrue();
        assertThat(browser.find("#panel .concept-name").getText()).isEqualTo(concept.get("name").asString());
        assertThat(browser.find("#panel .aliases").getText()).contains(concept.get("alias").asString());
        assertThat(browser.findAll("#panel .relations .evidence mark.term")).isNotEmpty();
        browser.screenshot("02-neighbourhood");
    }

    @Test
    @DisplayName("clicking a node on the canvas expands it and shows its relations with highlighted evidence")
    void clickNode_onCanvas_expandsAndShowsEvidence(TestInfo test) {
        String center = hubConcept();
        open(test, "#concept=" + center);
        waitForPanel("concept:" + center);
        Set<String> before = new HashSet<>(browser.<List<String>>eval(CY + ".nodes().map(n => n.id())"));
        String target = expandableNeighbour(center, before);

        clickNode(target);
        waitForPanel("concept:" + target);
        assertThat(browser.<Boolean>eval(CY + ".getElementById(arguments[0]).data('expanded')", target)).isTrue();
        assertThat(browser.<Number>eval(CY + ".nodes().length").intValue()).isGreaterThan(before.size());
        List<WebElement> sentences = browser.findAll("#panel .relations .evidence blockquote.sentence");
        assertThat(sentences).isNotEmpty();
        assertThat(browser.findAll("#panel .relations .evidence mark.term")).isNotEmpty();
        Set<String> apiSentences = new HashSet<>();
        HttpJson.get(port, "/api/concepts/" + target + "/neighbourhood?depth=1&limit=1000&evidence=1000").body()
                .findValuesAsString("sentence").forEach(text -> apiSentences.add(normalise(text)));
        assertThat(sentences).extracting(e -> normalise(e.getText())).allSatisfy(text -> assertThat(apiSentences).contains(text));
        browser.screenshot("03-node-clicked-and-expanded");

        browser.find("#panel .relations button.link").click();
        waitForPanelStartingWith("relation:");
        assertThat(browser.findAll("#panel .evidence-list blockquote.sentence")).isNotEmpty();
        assertThat(browser.findAll("#panel .evidence-list mark.term, #panel .evidence-list .span")).isNotEmpty();
        browser.screenshot("04-relation-evidence");

        WebElement paperLink = browser.find("#panel .evidence-list .paper-link");
        String paper = paperLink.getDomAttribute("data-paper");
        paperLink.click();
        browser.waitFor("document.querySelector('#paper').dataset.ready === '" + paper + "'");
        assertThat(browser.find("#paper h2").getText()).isEqualTo(HttpJson.get(port, "/api/papers/" + paper).body()
                .path("paper").path("title").asString());
        assertThat(browser.findAll("#paper mark.term")).as("the evidence marked in the paper").isNotEmpty();
        browser.screenshot("05-paper-with-evidence-marked");
    }

    @Test
    @DisplayName("choosing a depth and unticking a concept type redraw the neighbourhood as the API answers it")
    void filters_depthAndType_redrawAsTheApiAnswers(TestInfo test) {
        String center = hubConcept();
        open(test, "#concept=" + center);
        waitForPanel("concept:" + center);

        new Select(browser.find("#depth")).selectByValue("2");
        JsonNode deep = HttpJson.get(port, "/api/concepts/" + center + "/neighbourhood?depth=2&limit=50").body();
        waitForGraph(deep);
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(ids(deep));

        String centerType = deep.path("center").path("type").asString();
        String dropped = deep.path("nodes").findValuesAsString("type").stream().filter(t -> !t.equals(centerType))
                .findFirst().orElseThrow(() -> new AssertionError("the neighbourhood of " + center + " has one type"));
        browser.find("#type-filter input[value='" + dropped + "']").click();
        List<String> kept = browser.eval("[...document.querySelectorAll('#type-filter input:checked')].map(b => b.value)");
        JsonNode filtered = HttpJson.get(port, "/api/concepts/" + center + "/neighbourhood?depth=2&limit=50&types="
                + String.join(",", kept)).body();
        waitForGraph(filtered);
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(ids(filtered));
        assertThat(browser.<Boolean>eval(CY + ".nodes().every(n => n.data('center') || n.data('type') !== arguments[0])", dropped))
                .as("no %s is drawn", dropped).isTrue();
        assertThat(browser.<String>eval("location.hash")).contains("depth=2", "types=");
        browser.screenshot("09-depth-2-one-type-filtered-out");
    }

    @Test
    @DisplayName("clicking an edge on the canvas shows the sentences that state it")
    void clickEdge_onCanvas_showsEvidence(TestInfo test) {
        String center = hubConcept();
        open(test, "#concept=" + center);
        waitForPanel("concept:" + center);
        // The edge whose middle is farthest from every node, so that the click cannot land on a node.
        List<Number> point = browser.eval(CY + ".edges().map(e => { const m = e.renderedMidpoint();"
                + " const d = Math.min(...window.papergraph.cy.nodes().map(n => Math.hypot(n.renderedPosition().x - m.x,"
                + " n.renderedPosition().y - m.y))); return [d, m.x, m.y]; }).sort((a, b) => b[0] - a[0])[0]");
        double[] page = viewport(point.get(1).doubleValue(), point.get(2).doubleValue());
        browser.clickAt(page[0], page[1]);
        waitForPanelStartingWith("relation:");
        assertThat(browser.findAll("#panel .evidence-list blockquote.sentence")).isNotEmpty();
        assertThat(browser.find("#panel .relation-title").getText()).contains("—");
        browser.screenshot("06-edge-clicked");
    }

    @Test
    @DisplayName("the path finder shows every hop between two concepts with its evidence")
    void pathFinder_twoConcepts_showsHopsWithEvidence(TestInfo test) {
        Record pair = single("""
                MATCH (p1:Paper)-[:PROPOSES]->(a:Concept), (p2:Paper)-[:PROPOSES]->(b:Concept)
                WHERE p1.key < p2.key AND a <> b
                MATCH path = shortestPath((a)-[:%s*..4]-(b))
                WHERE length(path) >= 2
                RETURN a.key AS a, a.name AS aName, b.key AS b, b.name AS bName, length(path) AS length
                ORDER BY length DESC, a, b LIMIT 1""".formatted(RELATIONS));
        open(test, "");
        browser.waitFor("document.querySelector('#relation-filter input')");
        browser.find("#tab-paths").click();
        choose("#path-from", pair.get("aName").asString(), pair.get("a").asString());
        choose("#path-to", pair.get("bName").asString(), pair.get("b").asString());
        browser.find("#path-find").click();

        browser.waitFor("document.querySelector('#path-list').dataset.ready");
        List<WebElement> paths = browser.findAll("#path-list li.path");
        assertThat(paths).isNotEmpty();
        List<WebElement> hops = paths.getFirst().findElements(By.cssSelector("li.hop"));
        assertThat(hops).hasSize(pair.get("length").asInt());
        assertThat(hops).allSatisfy(hop -> assertThat(hop.findElements(
                By.cssSelector("blockquote.sentence"))).isNotEmpty());
        assertThat(browser.<List<String>>eval("window.papergraph.pathsCy.nodes().map(n => n.id())"))
                .contains(pair.get("a").asString(), pair.get("b").asString());
        browser.screenshot("07-path-finder");
    }

    @Test
    @DisplayName("the results view ranks a dataset's quantitative claims")
    void resultsView_dataset_ranksQuantitativeClaims(TestInfo test) {
        String dataset = single("""
                MATCH (d:Dataset)<-[:CLAIM_DATASET]-(c:Claim {kind: 'quantitative'}) WHERE c.value IS NOT NULL
                WITH d, count(c) AS claims
                RETURN d.key AS id ORDER BY claims DESC, d.key LIMIT 1""").get("id").asString();
        JsonNode board = HttpJson.get(port, "/api/concepts/" + dataset + "/leaderboard").body().path("boards").get(0);
        open(test, "#view=results&board=" + dataset);
        browser.waitFor("document.querySelector('#results').dataset.ready === '" + dataset + "'");
        List<WebElement> rows = browser.findAll("#results .board:first-of-type tbody tr");
        assertThat(rows).hasSize(board.path("entries").size());
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector(".num")).getText())
                .containsExactlyElementsOf(board.path("entries").findValuesAsString("valueText"));
        List<Double> values = board.path("entries").findValues("value").stream().map(JsonNode::asDouble).toList();
        assertThat(values).isSortedAccordingTo(board.path("lowerIsBetter").asBoolean()
                ? Comparator.naturalOrder() : Comparator.reverseOrder());
        browser.screenshot("08-leaderboard");
    }

    private void open(TestInfo test, String hash) {
        browser.open("http://127.0.0.1:" + port + "/?test=" + test.getTestMethod().orElseThrow().getName() + hash);
    }

    private void waitForPanel(String ready) {
        browser.waitFor("document.querySelector('#panel').dataset.ready === '" + ready + "' && " + CY + ".nodes().length");
    }

    /** Waits until the graph shows as many concepts and relations as the API's answer. */
    private void waitForGraph(JsonNode neighbourhood) {
        browser.waitFor("!document.getElementById('graph').dataset.loading && " + CY + ".nodes().length === arguments[0]"
                + " && " + CY + ".edges().length === arguments[1]", neighbourhood.path("nodes").size(),
                neighbourhood.path("edges").size());
    }

    private List<String> drawnIds() {
        return browser.eval(CY + ".nodes().map(n => n.id())");
    }

    private static List<String> ids(JsonNode neighbourhood) {
        List<String> ids = new ArrayList<>();
        neighbourhood.path("nodes").forEach(n -> ids.add(n.path("concept").path("id").asString()));
        return ids;
    }

    private void waitForPanelStartingWith(String prefix) {
        browser.waitFor("(document.querySelector('#panel').dataset.ready || '').startsWith('" + prefix + "')");
    }

    /** Types a name into a combobox and picks the suggestion with the given concept id with the keyboard. */
    private void choose(String input, String name, String id) {
        WebElement field = browser.find(input);
        field.sendKeys(name);
        String options = "[...document.getElementById(document.querySelector(arguments[0]).getAttribute('aria-controls'))"
                + ".querySelectorAll('[data-id]')]";
        browser.waitFor(options + ".some(li => li.dataset.id === arguments[1])", input, id);
        int position = browser.<Number>eval(options + ".findIndex(li => li.dataset.id === arguments[1])", input, id).intValue();
        for (int i = 0; i <= position; i++) {
            field.sendKeys(Keys.ARROW_DOWN);
        }
        field.sendKeys(Keys.ENTER);
        assertThat(field.getDomProperty("value")).isEqualTo(name);
    }

    private void clickNode(String id) {
        List<Number> point = browser.eval("(p => [p.x, p.y])(" + CY + ".getElementById(arguments[0]).renderedPosition())", id);
        double[] page = viewport(point.get(0).doubleValue(), point.get(1).doubleValue());
        browser.clickAt(page[0], page[1]);
    }

    /** Turns a position on the graph's canvas into one in the viewport. */
    private double[] viewport(double x, double y) {
        List<Number> origin = browser.eval("(r => [r.left, r.top])(document.getElementById('graph').getBoundingClientRect())");
        return new double[] {origin.get(0).doubleValue() + x, origin.get(1).doubleValue() + y};
    }

    /** The concept with the most relations: its neighbourhood is the richest to look at. */
    private String hubConcept() {
        return single("""
                MATCH (c:Concept) WHERE COUNT { (c)--(:Concept) } >= 3 AND COUNT { (c)--(:Concept) } <= 25
                RETURN c.key AS id ORDER BY COUNT { (c)--(:Concept) } DESC, c.key LIMIT 1""").get("id").asString();
    }

    /** A neighbour of the centre that has neighbours not drawn yet, so clicking it adds nodes. */
    private String expandableNeighbour(String center, Set<String> drawn) {
        for (String id : drawn) {
            if (id.equals(center)) {
                continue;
            }
            JsonNode hood = HttpJson.get(port, "/api/concepts/" + id + "/neighbourhood?depth=1&limit=15").body();
            for (JsonNode node : hood.path("nodes")) {
                if (!drawn.contains(node.path("concept").path("id").asString())) {
                    return id;
                }
            }
        }
        throw new AssertionError("no neighbour of " + center + " has neighbours of its own in the seed graph");
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private Record single(String cypher) {
        try (Session session = driver.session()) {
            List<Record> records = session.executeRead(tx -> tx.run(cypher, Map.of()).list());
            assertThat(records).as("the seed graph has what this test needs: %s", cypher).isNotEmpty();
            return records.getFirst();
        }
    }
}
