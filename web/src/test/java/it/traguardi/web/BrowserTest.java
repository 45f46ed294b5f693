package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import it.traguardi.store.PlanStore;
import it.traguardi.web.access.Requester;
import it.traguardi.web.access.RolePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test shares: the application on a temporary H2 database with the Modena 2022
 * seed, Debian's Chromium driven by Playwright (one browser per test class), a fresh page per test,
 * and {@link #checkAccessibility} (axe-core, WCAG 2.1 A and AA, plus a screenshot under
 * target/screenshots).
 */
abstract class BrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Map<String, String> ENV = Map.of(
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
            "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node");

    /** The header that makes a page's requests someone not signed in (see {@link #anonymousContext}). */
    private static final String ANONYMOUS = "X-Test-Anonimo";

    /**
     * The roles' policy, with Traguardi itself asking unless a context asks as someone not signed in:
     * the journeys change plans freely, and the refusals are seen as a person not signed in sees them.
     */
    @RegisterExtension
    static final RunningServer server = RunningServer.withSeed().withRolePolicy()
            .withRequesters(ctx -> ctx.header(ANONYMOUS) == null ? Requester.PROGRAM : Requester.ANONYMOUS);

    protected static PlanStore store;
    private static Playwright playwright;
    private static Browser browser;
    private static String axe;

    protected BrowserContext context;
    protected Page page;
    /** What the browser reported against the Content-Security-Policy during the test: none is allowed. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        store = server.store();
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
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + server.port()));
        page = context.newPage();
        watchPolicy(page);
    }

    /** Collects the page's Content-Security-Policy violations (the console's reports and the DOM's events). */
    protected void watchPolicy(Page watched) {
        watched.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        watched.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(watched.url() + ": " + message.text() + " at " + message.location());
            }
        });
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    /**
     * The CSRF token of the browser's cookie, for a call this test makes beside the pages with the
     * context's cookies ({@code context.request()}): like the pages' htmx requests, it must send it.
     */
    protected String csrfToken() {
        return context.cookies().stream().filter(c -> c.name.equals("traguardi_csrf")).findFirst().orElseThrow().value;
    }

    /** A browser context whose requests come from someone not signed in. */
    protected BrowserContext anonymousContext() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + server.port())
                .setExtraHTTPHeaders(Map.of(ANONYMOUS, "1")));
    }

    /** A browser context like the usual one but with JavaScript off, for the paths that must work without it. */
    protected BrowserContext browserWithoutJavaScript() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + server.port())
                .setJavaScriptEnabled(false));
    }

    /** Runs axe-core on the page, saves a screenshot, and fails on any WCAG 2.1 A/AA violation. */
    protected void checkAccessibility(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        var violations = violations();
        violations.forEach(v -> System.out.println("axe " + name + ": " + v));
        assertThat(violations).as("WCAG 2.1 A/AA violations on " + name).isEmpty();
    }

    protected List<String> violations() {
        // evaluated, not added as an inline <script>, which the Content-Security-Policy refuses
        page.evaluate(axe);
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
        try (InputStream in = Objects.requireNonNull(BrowserTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
