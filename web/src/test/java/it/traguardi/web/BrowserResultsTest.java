package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Results in a real browser: from the tree to an indicator (chart, definition, comments) and to an objective. */
class BrowserResultsTest extends BrowserTest {

    @Test
    void from_the_tree_an_indicator_shows_its_chart_and_definition_and_takes_a_comment() {
        page.navigate("/piani/Modena/2022?q=301.50");
        assertThat(page.locator("li.node-indicator .light")).containsText("N/D");
        checkAccessibility("results-tree");

        page.locator("li.node-indicator a.node-label").click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/indicatori/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Indicatore 301.50 - Fatturato export provinciale");
        assertThat(page.locator("svg.chart[role=img] title")).containsText("Andamento di 301.50");
        assertThat(page.locator("table.years caption")).isVisible();
        assertThat(page.locator("dl.definition")).containsText("Algoritmo");
        checkAccessibility("indicator");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi il commento")).click();
        assertThat(page.locator("#testo-error")).hasText("Scrivere il testo del commento.");
        checkAccessibility("indicator-comment-error");

        page.getByLabel("Nuovo commento").fill("Dato provvisorio della dogana");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi il commento")).click();

        assertThat(page.locator(".comments li")).hasCount(1);
        assertThat(page.locator(".comments li").first()).containsText("Dato provvisorio della dogana");
        // the browser tests act as the program itself unless they sign in (BrowserTest): its name is the author
        assertThat(page.locator(".comments li").first()).containsText("sistema");
        checkAccessibility("indicator-commented");
    }

    @Test
    void an_objective_page_explains_its_score() {
        page.navigate("/piani/Modena/2022");
        page.locator("li.node-area > details > summary").first().click();
        page.locator("li.node-os a.node-page").first().click();

        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/obiettivi/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Come si arriva al punteggio")))
                .isVisible();
        assertThat(page.locator(".left-out li").first()).isVisible();
        checkAccessibility("objective");

        page.navigate("/piani/Modena/2022?aRischio=1");
        assertThat(page.locator(".tree-count")).hasText("Nessun indicatore mostrato su 94");
        checkAccessibility("results-tree-at-risk");
    }
}
