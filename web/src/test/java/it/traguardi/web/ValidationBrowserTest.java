package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.account.Accounts;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The validation of a period in Chromium, by people signed in with their roles: a referente enters
 * a value, the responsabile confirms it, the valutatore validates the period and adds a remark, the
 * referente then tries to enter a value and reads who validated the period and when, and the
 * valutatore reopens it with a reason. axe checks every new page.
 */
class ValidationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "cavallo batteria graffetta";

    private static void person(String login, Role role) {
        var users = Accounts.on(server.database().dataSource(), Clock.systemUTC()).users();
        var user = users.add(login, login, false, PASSWORD, TestActors.TESTER);
        users.grant(user.id(), new Grant("Modena", role), TestActors.TESTER);
        new AssignmentStore(server.database().dataSource()).add(new Assignment("Modena", 2022, login,
                new Assignment.Scope.OfMeasure("D1.1_10")), TestActors.TESTER);
    }

    /** The browser signed in as {@code login} alone (the cookies of whoever came before are gone), on the plan's page. */
    private Page signedIn(String login) {
        context.clearCookies();
        page.navigate("/accesso?dopo=%2Fpiani%2FModena%2F2022");
        page.getByLabel("Nome utente").fill(login);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi")).click();
        assertThat(page).hasURL(Pattern.compile(".*/piani/Modena/2022$"));
        return page;
    }

    private Locator row(String label) {
        return page.locator("li.entry-row").filter(new Locator.FilterOptions()
                .setHas(page.locator(".entry-label strong").getByText(label, new Locator.GetByTextOptions().setExact(true))));
    }

    private void enter(String value, String reason) {
        page.getByLabel("Valore di D1.1_10", new Page.GetByLabelOptions().setExact(true)).fill(value);
        page.getByLabel("Commento per D1.1_10", new Page.GetByLabelOptions().setExact(true)).fill(reason);
        row("D1.1_10").getByRole(AriaRole.BUTTON).click();
    }

    @Test
    void a_validated_period_refuses_the_referente_after_the_responsabile_confirmed_and_reopens_with_a_reason() {
        person("ref.rossi", Role.REFERENTE);
        person("dir.bianchi", Role.RESPONSABILE);
        person("oiv.verdi", Role.VALUTATORE);

        signedIn("ref.rossi");
        page.navigate("/piani/Modena/2022/valori?periodo=2022");
        enter("880", "");
        assertThat(row("D1.1_10").locator(".entry-done")).hasText("Valore salvato: D1.1_10.");

        signedIn("dir.bianchi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conferma dei valori")).click();
        assertThat(page.locator("table.confirmations tbody tr")).hasCount(1);
        assertThat(page.locator(".confirmation-state")).hasText("da confermare");
        checkAccessibility("confirm-values");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma i valori (1)")).click();
        assertThat(page.locator("#confirm-notice")).hasText("Un valore confermato.");
        assertThat(page.locator(".confirmation-state")).containsText("confermato da dir.bianchi il ");
        checkAccessibility("confirm-values-done");

        signedIn("oiv.verdi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Validazione dei periodi")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Validazione dei periodi: Modena 2022");
        checkAccessibility("validation");
        page.getByLabel("Periodo di rilevazione").selectOption("2022");
        page.getByLabel("Osservazioni (facoltative)").fill("Dati verificati a campione");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valida il periodo")).click();
        assertThat(page.locator("#validation-notice")).hasText("Periodo validato: non accetta più valori.");
        assertThat(page.locator("#periodo-2022 ~ .validation-state")).containsText("validato da oiv.verdi il ");
        checkAccessibility("validation-done");
        page.navigate("/piani/Modena/2022/indicatori/7");
        page.getByLabel("Rilievo", new Page.GetByLabelOptions().setExact(true)).fill("Fonte del dato da documentare");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi il rilievo")).click();
        assertThat(page.locator(".remark")).containsText("Fonte del dato da documentare");
        checkAccessibility("indicator-remarks");

        signedIn("ref.rossi");
        page.navigate("/piani/Modena/2022/valori?periodo=2022");
        assertThat(page.locator("#period-locked")).containsText("Il periodo 2022 è stato validato da oiv.verdi il ");
        enter("900", "rettifica");
        assertThat(row("D1.1_10").locator(".entry-problem"))
                .containsText("Il periodo 2022 è stato validato da oiv.verdi il ");
        checkAccessibility("values-entry-locked");

        signedIn("oiv.verdi");
        page.navigate("/piani/Modena/2022/validazione");
        page.getByLabel("Motivo della riapertura (obbligatorio)").fill("Dato di D1.1_10 da rettificare");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Riapri il periodo")).click();
        assertThat(page.locator("#validation-notice")).hasText("Periodo riaperto: accetta di nuovo valori.");
        assertThat(page.locator("#periodo-2022 ~ .validation-state")).hasText("Non validato: accetta valori.");

        signedIn("ref.rossi");
        page.navigate("/piani/Modena/2022/valori?periodo=2022");
        enter("900", "rettifica");
        assertThat(row("D1.1_10").locator(".entry-done")).hasText("Valore salvato: D1.1_10.");

        signedIn("dir.bianchi");
        page.navigate("/piani/Modena/2022/conferme?periodo=2022");
        assertThat(page.locator(".confirmation-state")).containsText("da riconfermare: confermato da dir.bianchi il ");
    }
}
