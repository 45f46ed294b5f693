package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.traguardi.core.lifecycle.PlanState;
import it.traguardi.core.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * The plan's lifecycle in a real browser, as a planner lives it: approve with the act (a missing
 * number and a bad date refused first), try to edit and be told a revision is needed, begin one
 * with its reason, edit, approve it, and compare the two versions; axe on every new page.
 */
class LifecycleBrowserTest extends BrowserTest {

    private static final String ENTITY = "Ravenna";
    private static final String PLAN = "/piani/" + ENTITY + "/2022";

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    private void click(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void approve(String number, String date) {
        page.getByLabel("Numero dell'atto (es. delibera di Giunta n. 12)").fill(number);
        page.getByLabel("Data dell'atto (gg-mm-aaaa)").fill(date);
        click("Approva");
    }

    /** Moves the first node that can go down one place, from the plan's edit page. */
    private void moveFirstNodeDown() {
        page.navigate(PLAN + "/modifica");
        page.locator("form[action$='/sposta'] button[aria-label^='Sposta giù']").first().click();
    }

    @Test
    void approve_refuse_an_edit_revise_approve_again_and_compare() {
        var seed = store.load("Modena", 2022).orElseThrow();
        store.save(new Plan(ENTITY, 2022, seed.baselineYears(), seed.targetYears(), seed.areas(), seed.lastIssuedId()),
                false, TestActors.TESTER);

        page.navigate(PLAN);
        page.locator("#lifecycle-link").click();
        heading("Ciclo di vita del piano di Ravenna per il 2022");
        assertThat(page.locator("#plan-state")).containsText("bozza");
        checkAccessibility("lifecycle-draft");

        approve(" ", "31-02-2022");
        assertThat(page.locator("#numeroAtto-problem")).containsText("il numero dell'atto di approvazione è obbligatorio");
        assertThat(page.locator("#dataAtto-problem")).containsText("«31-02-2022» non è una data valida");
        checkAccessibility("lifecycle-refused");
        approve("12", "31-01-2022");
        assertThat(page.locator("#lifecycle-notice")).containsText("Approvato: la versione 1");
        assertThat(page.locator("#versions")).containsText("n. 12 del 31-01-2022");

        moveFirstNodeDown();
        assertThat(page.locator("#frozen")).containsText("Per cambiarli occorre avviare una rimodulazione");
        checkAccessibility("lifecycle-frozen");
        page.locator("#lifecycle-link").click();

        page.getByLabel("Motivo della rimodulazione").fill("Nuovo progetto per l'export");
        click("Avvia la rimodulazione");
        assertThat(page.locator("#revision")).containsText("Nuovo progetto per l'export");
        checkAccessibility("lifecycle-revising");

        moveFirstNodeDown();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/modifica\\?esito=salvato"));
        page.navigate(PLAN + "/ciclo-di-vita");
        approve("85", "14-07-2022");
        assertThat(page.locator("#versions tbody tr")).hasCount(2);
        assertThat(page.locator("#versions")).containsText("Nuovo progetto per l'export");
        assertThat(store.lifecycle().status(ENTITY, 2022).orElseThrow().lifecycle().state()).isEqualTo(PlanState.APPROVED);

        page.locator("#compare-link").click();
        page.locator("#da").selectOption("1");
        page.locator("#a").selectOption("2");
        click("Confronta");
        assertThat(page.locator("#changes caption")).hasText("Differenze da versione 1 a versione 2");
        assertThat(page.locator("#changes")).containsText("Nodo spostato");
        checkAccessibility("lifecycle-compare");
    }
}
