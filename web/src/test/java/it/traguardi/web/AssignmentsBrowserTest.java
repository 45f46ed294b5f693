package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Incarichi page in the browser: reached from the plan, an assignment added through the form
 * (with its CSRF token, as the page carries it), a refused one shown under its field, the
 * assignment removed after the confirmation; axe on each state.
 */
class AssignmentsBrowserTest extends BrowserTest {

    @Test
    void an_assignment_is_added_refused_under_its_field_and_removed() {
        page.navigate("/piani/Modena/2022");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Incarichi")).click();
        assertThat(page).hasURL(Pattern.compile("/piani/Modena/2022/incarichi$"));
        assertThat(page.locator("#assign-empty")).isVisible();
        checkAccessibility("assignments-empty");

        page.getByLabel("Utente (login)").fill("mario.rossi");
        page.getByLabel("Indicatore").fill("42.D4.1.2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi l'incarico")).click();
        assertThat(page.locator("#assign-indicator-errors")).containsText("è di 2 indicatori");
        assertThat(page.getByLabel("Indicatore")).hasAttribute("aria-invalid", "true");
        checkAccessibility("assignments-refused");

        page.getByLabel("Indicatore").fill("31.D1.1.2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi l'incarico")).click();
        assertThat(page.locator("#assign-notice")).hasText("Incarico aggiunto.");
        assertThat(page.locator("#incarico-1-1")).containsText("31.D1.1.2 - ");
        assertThat(page.getByLabel("Utente (login)")).hasValue("mario.rossi");
        page.getByLabel("Misura").selectOption("D1.1_10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi l'incarico")).click();
        assertThat(page.locator("table tbody tr")).hasCount(2);
        checkAccessibility("assignments-listed");

        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Togli a mario.rossi l'incarico D1.1_10")).click();
        assertThat(page.locator("#assign-notice")).hasText("Incarico tolto.");
        assertThat(page.locator("table tbody tr")).hasCount(1);
    }
}
