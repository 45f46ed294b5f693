package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.javalin.Javalin;
import it.traguardi.store.Stores;
import it.traguardi.store.account.Accounts;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Authentication;
import it.traguardi.web.access.RolePolicy;
import it.traguardi.web.account.SingleSignOn;
import it.traguardi.web.account.SingleSignOnSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on in Chromium: from a plan to the sign-in page, "Accedi con SPID/CIE", the identity
 * provider's own login form (mock-oauth2-server, interactive: a person types who they are and the
 * claims of their token), and back to the plan signed in; an identity with no account comes back to
 * a clear refusal. A second instance of the application, with single sign-on, serves the same
 * database as the shared test server; axe checks the pages.
 */
class SingleSignOnBrowserTest extends BrowserTest {

    private static MockOAuth2Server provider;
    private static Javalin withSignOn;

    @BeforeAll
    static void providerAndServer() throws Exception {
        provider = LoopbackProvider.started(new OAuth2Config(true), "camera");
        var sso = SingleSignOn.discover(new SingleSignOnSettings(provider.issuerUrl("camera").uri(), "traguardi", "segreto",
                SingleSignOnSettings.DEFAULT_CLAIM, "SPID/CIE", SingleSignOnSettings.DEFAULT_SCOPE));
        var stores = Stores.on(server.database().dataSource());
        Accounts.on(server.database().dataSource(), Clock.systemUTC()).users().add("l.verdi", "Lucia Verdi", false,
                "cavallo batteria graffetta", TestActors.TESTER);
        withSignOn = WebServer.create(stores, new RolePolicy(plan -> true), RequestLimits.DEFAULTS,
                AccessGate.signedIn(new Authentication(stores.accounts())), Optional.of(sso)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopBoth() {
        if (withSignOn != null) {
            withSignOn.stop();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    private static String own(String path) {
        return "http://127.0.0.1:" + withSignOn.port() + path;
    }

    /** At the provider's login form: who the person is, and the claims of their token as JSON. */
    private void signInAtProvider(String subject, String claims) {
        assertThat(page).hasURL(Pattern.compile("^http://(localhost|127\\.0\\.0\\.1):" + provider.baseUrl().port()
                + "/camera/authorize\\?.*code_challenge_method=S256.*"));
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claims);
        page.locator("input[type=submit]").click();
    }

    @Test
    void a_person_signs_in_through_the_identity_provider_and_comes_back_to_the_plan_signed_in() {
        page.navigate(own("/piani/Modena/2022"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi con SPID/CIE"))).isVisible();
        checkAccessibility("signin-oidc");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi con SPID/CIE")).click();
        signInAtProvider("soggetto-verdi", "{\"preferred_username\": \"L.Verdi\"}");

        assertThat(page).hasURL(own("/piani/Modena/2022"));
        assertThat(page.locator(".account-name")).hasText("l.verdi");
        assertThat(context.cookies().stream().filter(c -> c.name.equals("traguardi_sessione")).toList())
                .singleElement().satisfies(c -> {
                    assertThat(c.httpOnly).isTrue();
                    assertThat(c.sameSite.name()).isEqualTo("LAX");
                });
        checkAccessibility("signed-in-oidc");
    }

    @Test
    void an_identity_without_an_account_comes_back_to_a_clear_refusal_and_is_not_signed_in() {
        page.navigate(own("/accesso"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi con SPID/CIE")).click();
        signInAtProvider("soggetto-ignoto", "{\"preferred_username\": \"nessuno.qui\"}");

        assertThat(page.locator("#signin-error")).hasText("Nessun utente di Traguardi corrisponde a «nessuno.qui» "
                + "(dato «preferred_username» del fornitore di identità). Chiedere all'amministratore di creare l'utente "
                + "con questo nome.");
        assertThat(page.locator(".account-name")).hasCount(0);
        checkAccessibility("signin-oidc-refused");
    }
}
