package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Browsing: home, the plan tree, search and the language switch, in a real browser. */
class BrowserJourneyTest extends BrowserTest {

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
    void the_dashboard_on_home_leads_to_the_entry_of_the_values_waiting() {
        page.navigate("/");
        var dashboard = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Piano Modena 2022"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText("Cosa fare adesso");
        assertThat(dashboard).containsText("Nessun indicatore a rischio");
        assertThat(dashboard).containsText("Consuntivo finale 2022, scadenza 31-12-2022");
        checkAccessibility("home-dashboard");

        dashboard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Inserisci i valori: Consuntivo finale 2022, piano Modena 2022")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/valori\\?periodo=2022$"));
        checkAccessibility("home-dashboard-entry");
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

        assertThat(page.locator(".tree-count")).hasText("1 indicatore mostrato su 94");
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
    void an_address_that_names_no_indicator_explains_itself_and_leads_back_to_the_plan() {
        page.navigate("/piani/Modena/2022/indicatori/99999");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Pagina non trovata");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nel piano di Modena per il 2022");
        checkAccessibility("not-found");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Torna al piano")).click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Piano Modena 2022");
    }

    @Test
    void the_accessibility_check_finds_a_violation_when_there_is_one() {
        page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><main><img src=\"data:,\">"
                + "<input type=\"text\"></main></body></html>");

        assertThat(violations()).anyMatch(v -> v.startsWith("html-has-lang"))
                .anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("label"));
    }
}
