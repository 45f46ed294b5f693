package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The audit trail page in the browser: reached from the plan, filtered, a refused filter shown under its field; axe on each state. */
class AuditBrowserTest extends BrowserTest {

    @Test
    void the_trail_is_reached_from_the_plan_and_filtered_by_kind() {
        page.navigate("/piani/Modena/2022");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro delle modifiche")).click();
        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/registro$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Registro delle modifiche: Modena 2022");
        checkAccessibility("audit-trail");

        page.getByLabel("Tipo di modifica").selectOption("plan_created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra")).click();
        assertThat(page.locator("#audit-summary")).hasText("Una voce.");
        assertThat(page.locator("#audit-entries tbody tr")).hasCount(1);
        checkAccessibility("audit-trail-filtered");
    }

    @Test
    void a_node_id_that_is_no_number_is_shown_under_its_field() {
        page.navigate("/piani/Modena/2022/registro?nodo=abc");
        assertThat(page.locator("#nodo-problem")).hasText("l'id di un nodo è un numero intero da 1 in su, non «abc»");
        assertThat(page.getByLabel("Nodo (id)")).hasAttribute("aria-invalid", "true");
        checkAccessibility("audit-trail-refused");
    }
}
