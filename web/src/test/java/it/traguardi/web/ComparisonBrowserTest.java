package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Confronto tra enti in the browser: reached from the home page, asked, in Italian and English, a refused year under its field; axe on each. */
class ComparisonBrowserTest extends BrowserTest {

    @Test
    void the_comparison_is_reached_from_the_home_page_and_lists_the_indicator_of_each_entity() {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Confronto tra enti")).click();
        assertThat(page).hasURL(Pattern.compile("/confronto-enti$"));
        checkAccessibility("comparison-form");

        page.getByLabel("Anno del piano").fill("2022");
        page.getByLabel("Codice dell'indicatore").fill("301.50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confronta")).click();
        assertThat(page.locator("#compare-summary")).hasText("Un ente ha l'indicatore 301.50 al periodo 2022.");
        assertThat(page.locator("#compare-rows tbody tr")).hasCount(1);
        assertThat(page.locator("#compare-rows tbody th")).hasText("Modena");
        checkAccessibility("comparison-rows");

        page.navigate("/confronto-enti?anno=2022&codice=301.50&lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Comparison across entities");
        assertThat(page.locator("#compare-summary")).hasText("One entity has the indicator 301.50 at the period 2022.");
        checkAccessibility("comparison-rows-en");
    }

    @Test
    void a_year_that_is_no_year_is_shown_under_its_field() {
        page.navigate("/confronto-enti?anno=duemila&codice=301.50");
        assertThat(page.locator("#anno-problem")).hasText("anno non valido: «duemila» (scrivere AAAA, tra 1900 e 2999)");
        assertThat(page.getByLabel("Anno del piano")).hasAttribute("aria-invalid", "true");
        checkAccessibility("comparison-refused");
    }
}
