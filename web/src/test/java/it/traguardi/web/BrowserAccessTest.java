package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The access-denied page in the browser, as someone not signed in meets it: the reason, the way to sign in, accessible. */
class BrowserAccessTest extends BrowserTest {

    @Test
    void editing_a_plan_without_signing_in_shows_the_reason_and_the_way_to_sign_in_and_back() {
        context.close();
        context = anonymousContext();
        page = context.newPage();

        page.navigate("/piani/Modena/2022/modifica");

        assertThat(page.locator("h1")).hasText("Accesso negato");
        assertThat(page.locator("#denied")).hasText("Per modificare il piano occorre accedere con un utente che ne abbia il ruolo.");
        assertThat(page.locator("#sign-in")).hasAttribute("href", "/accesso?dopo=%2Fpiani%2FModena%2F2022%2Fmodifica");
        checkAccessibility("access-denied");

        page.navigate("/piani/Modena/2022/modifica?lang=en");

        assertThat(page.locator("h1")).hasText("Access denied");
        assertThat(page.locator("#sign-in")).hasText("Sign in");
        assertThat(page.locator("#sign-in")).hasAttribute("href", Pattern.compile("dopo=%2Fpiani%2FModena%2F2022%2Fmodifica%3Flang%3Den$"));
    }

    @Test
    void a_draft_is_refused_to_the_public_and_once_published_it_is_readable() {
        context.close();
        context = anonymousContext();
        page = context.newPage();

        page.navigate("/piani/Modena/2022");
        assertThat(page.locator("h1")).containsText("Accesso negato");

        server.publishSeed();
        page.navigate("/piani/Modena/2022");
        assertThat(page.locator("h1")).containsText("Modena");
    }
}
