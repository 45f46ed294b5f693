package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.javalin.Javalin;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user journeys in a real browser (Debian's Chromium driven by Playwright), each page checked
 * with axe-core against WCAG 2.1 A and AA, and a screenshot of each under target/screenshots.
 */
class BrowserJourneyTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Map<String, String> ENV = Map.of(
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
            "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node");

    @TempDir
    static Path dir;

    private static Database database;
    private static Javalin app;
    private static Playwright playwright;
    private static Browser browser;
    private static String axe;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        database = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        var store = new PlanStore(database.dataSource());
        store.save(AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan(), false);
        app = WebServer.create(store).start("127.0.0.1", 0);
        axe = resource("/axe/axe.min.js");
        assertThat(CHROMIUM).as("Debian's Chromium drives the browser tests: apt-get install -y chromium").exists();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(ENV));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                        "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        app.stop();
        database.close();
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + app.port()));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void home_lists_the_plans_and_leads_to_the_modena_tree() {
        page.navigate("/");
        assertThat(page.locator("html")).hasAttribute("lang", "it");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Piani della performance");
        checkAccessibility("home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apri il piano Modena 2022")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Piano Modena 2022");
        checkAccessibility("plan-tree");
    }

    @Test
    void an_area_of_the_tree_opens_and_shows_its_objectives() {
        page.navigate("/piani/Modena/2022");
        var area = page.locator("li.node-area > details").first();
        var firstObjective = area.locator("li.node-os .node-label").first();
        assertThat(firstObjective).isHidden();

        area.locator("summary").first().click();

        assertThat(area).hasAttribute("open", "");
        assertThat(firstObjective).isVisible();
        assertThat(area.locator("li.node-indicator").first()).isVisible();
        checkAccessibility("plan-tree-area-open");
    }

    @Test
    void searching_a_code_shows_only_that_indicator() {
        page.navigate("/piani/Modena/2022");

        page.getByLabel("Codice o titolo").fill("301.50");
        page.getByLabel("Codice o titolo").press("Enter");

        assertThat(page.locator(".tree-count")).hasText("1 indicatori mostrati su 94");
        assertThat(page.locator("li.node-indicator")).hasCount(1);
        assertThat(page.locator("li.node-indicator .node-label")).hasText("301.50 - Fatturato export provinciale");
        assertThat(page.locator("li.node-indicator")).isVisible();
        assertThat(page).hasURL(Pattern.compile("q=301\\.50"));
        checkAccessibility("plan-tree-search");
    }

    @Test
    void the_language_switch_shows_the_same_page_in_english_and_remembers_it() {
        page.navigate("/piani/Modena/2022?q=301.50");

        page.locator("a[hreflang=en]").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Plan Modena 2022");
        assertThat(page.locator(".tree-count")).hasText("1 of 94 indicators shown");
        checkAccessibility("plan-tree-english");

        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Performance plans");
    }

    @Test
    void the_accessibility_check_finds_a_violation_when_there_is_one() {
        page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><main><img src=\"data:,\">"
                + "<input type=\"text\"></main></body></html>");

        assertThat(violations()).anyMatch(v -> v.startsWith("html-has-lang"))
                .anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("label"));
    }

    /** Runs axe-core on the page, saves a screenshot, and fails on any WCAG 2.1 A/AA violation. */
    private void checkAccessibility(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        var violations = violations();
        violations.forEach(v -> System.out.println("axe " + name + ": " + v));
        assertThat(violations).as("WCAG 2.1 A/AA violations on " + name).isEmpty();
    }

    private List<String> violations() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        @SuppressWarnings("unchecked")
        var violations = (List<String>) page.evaluate("""
                async tags => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                  return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""", WCAG_TAGS);
        return violations;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(BrowserJourneyTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
