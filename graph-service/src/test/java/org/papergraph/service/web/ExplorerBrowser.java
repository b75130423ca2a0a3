package org.papergraph.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One headless Chromium, driven through chromedriver, for the explorer's browser tests. It keeps
 * every console message and every request the page made, so a test can assert that there were no
 * console errors and that nothing was requested from anywhere but this machine.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}), or the paths in {@code PAPERGRAPH_CHROMIUM} and
 * {@code PAPERGRAPH_CHROMEDRIVER}. Where they are missing it fails, saying how to install them:
 * a browser test that skips itself would pass CI without testing anything.
 */
final class ExplorerBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final ChromeDriver driver;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    private final Set<String> requests = new LinkedHashSet<>();

    private ExplorerBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts headless Chromium with a fresh profile; fails with install instructions when it is missing. */
    static ExplorerBrowser start() {
        File chromium = executable("PAPERGRAPH_CHROMIUM", "/usr/bin/chromium");
        File chromedriver = executable("PAPERGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile = createProfileDir();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Without the background-networking flags Chromium calls home at start, and the closed
        // network of the build machines refuses it; the tests want the page's own requests only.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().withLogFile(Path.of("target/chromedriver.log").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        return new ExplorerBrowser(driver, profile);
    }

    private static File executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            throw new AssertionError("The explorer's browser tests need headless Chromium and ChromeDriver, but "
                    + file + " is missing. Install Debian's packages: apt-get install -y chromium chromium-driver "
                    + "(.ci/run does), or point " + variable + " at the executable.");
        }
        return file;
    }

    private static Path createProfileDir() {
        try {
            return Files.createTempDirectory("papergraph-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a URL as a new page (the query string differs from the last one, so it is no mere hash change). */
    void open(String url) {
        driver.get(url);
    }

    /** Evaluates {@code return <expression>} in the page. */
    @SuppressWarnings("unchecked")
    <T> T eval(String expression, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript("return " + expression, args);
    }

    /** Waits until a JavaScript expression (which may use {@code arguments[i]}) is truthy and returns its value. */
    Object waitFor(String expression, Object... args) {
        return new WebDriverWait(driver, TIMEOUT).withMessage("waiting for " + expression)
                .until(d -> {
                    Object value = eval(expression, args);
                    return value == null || Boolean.FALSE.equals(value) || "".equals(value) ? null : value;
                });
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks with the mouse at a point of the viewport (CSS pixels), as a person would on the graph's canvas. */
    void clickAt(double x, double y) {
        new Actions(driver).moveToLocation((int) Math.round(x), (int) Math.round(y)).click().perform();
    }

    /** Writes a PNG of the window to target/screenshots/{name}.png and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the console errors (SEVERE) logged since the browser started. */
    List<String> consoleErrors() {
        collect();
        return console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Returns every URL the browser requested since it started, from the DevTools performance log. */
    Set<String> requestedUrls() {
        collect();
        return Set.copyOf(requests);
    }

    /** Asserts that no console error was logged and that every request went to this machine. */
    void assertNoConsoleErrorsAndOnlyLocalRequests() {
        assertThat(consoleErrors()).as("browser console errors").isEmpty();
        Set<String> urls = requestedUrls();
        assertThat(urls).as("requests the browser made").anyMatch(url -> url.contains("/webjars/cytoscape/"));
        assertThat(urls.stream().filter(url -> !isLocal(url)).toList()).as("requests that left this machine").isEmpty();
    }

    static boolean isLocal(String url) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        return switch (scheme) {
            // Served from inside the browser (its new-tab page loads chrome:// resources at start).
            case "data", "blob", "about", "chrome", "chrome-untrusted", "chrome-search", "devtools" -> true;
            case "http", "https", "ws", "wss" -> LOOPBACK.contains(String.valueOf(URI.create(url).getHost()));
            default -> false;
        };
    }

    private void collect() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
                requests.add(message.path("params").path("request").path("url").asString());
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
