package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.traguardi.store.account.Accounts;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in, changing one's password and signing out in Chromium, with axe on the new pages. */
class AccountBrowserTest extends BrowserTest {

    static final String PASSWORD = "cavallo batteria graffetta";
    static final String NEW_PASSWORD = "una frase nuova e lunga";

    private String login;

    @BeforeEach
    void anAccount() {
        // one server for the class: each test its own account
        login = "u" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.on(server.database().dataSource(), Clock.systemUTC()).users().add(login, "Mario Rossi", false, PASSWORD, TestActors.TESTER);
    }

    private void signIn(String password) {
        page.getByLabel("Nome utente").fill(login);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi")).click();
    }

    @Test
    void sign_in_from_a_plan_comes_back_to_it_and_sign_out_returns_to_the_public() {
        page.navigate("/piani/Modena/2022");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi")).click();
        assertThat(page).hasURL(Pattern.compile(".*/accesso\\?dopo=%2Fpiani%2FModena%2F2022$"));
        checkAccessibility("signin");

        signIn("sbagliata ma lunga");
        assertThat(page.locator("#signin-error")).hasText("Nome utente o password non corretti.");
        checkAccessibility("signin-refused");

        signIn(PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/piani/Modena/2022$"));
        assertThat(page.locator(".account-name")).hasText(login);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Esci")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi")))
                .isVisible();
        assertThat(context.cookies().stream().filter(c -> c.name.equals("traguardi_sessione")).toList()).isEmpty();
    }

    @Test
    void the_password_is_changed_on_the_account_page_with_errors_under_the_fields() {
        page.navigate("/account");
        assertThat(page).hasURL(Pattern.compile(".*/accesso\\?dopo=/account$"));
        signIn(PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        checkAccessibility("account");

        page.getByLabel("Password attuale").fill("non è questa");
        page.getByLabel("Nuova password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByLabel("Ripeti la nuova password").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambia la password")).click();
        assertThat(page.locator("#attuale-error")).hasText("La password attuale non è corretta.");
        checkAccessibility("account-password-refused");

        page.getByLabel("Password attuale").fill(PASSWORD);
        page.getByLabel("Nuova password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByLabel("Ripeti la nuova password").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambia la password")).click();
        assertThat(page.locator("#account-notice")).hasText("Password cambiata. Le altre sessioni sono state chiuse.");

        page.getByLabel("Nome", new Page.GetByLabelOptions().setExact(true)).fill("Foglio di calcolo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea il token")).click();
        assertThat(page.locator("#new-token")).containsText("trg_");
        checkAccessibility("account-token");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Esci")).click();
        page.navigate("/accesso");
        signIn(PASSWORD);
        assertThat(page.locator("#signin-error")).hasText("Nome utente o password non corretti.");
        signIn(NEW_PASSWORD);
        assertThat(page.locator(".account-name")).hasText(login);
    }
}
