package it.traguardi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The CSRF token in a real browser: the cookie is HttpOnly and SameSite=Lax, every form that posts
 * carries it and every htmx request sends it as a header, so the comment, the value entry and the
 * plan editing work; a form whose token was altered is refused with an accessible page, and nothing
 * is saved. Every page here is also checked for Content-Security-Policy violations (see BrowserTest).
 */
class BrowserCsrfTest extends BrowserTest {

    private Cookie csrfCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("traguardi_csrf")).findFirst().orElseThrow();
    }

    private int indicatorId(String code) {
        return store.load("Modena", 2022).orElseThrow().indicators().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow().id().value();
    }

    @Test
    void the_cookie_is_http_only_and_lax_and_every_posting_form_repeats_it() {
        page.navigate("/piani/Modena/2022/indicatori/" + indicatorId("301.50"));

        var cookie = csrfCookie();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
        // scripts cannot read it: only the copy in the page is theirs
        assertThat(page.evaluate("document.cookie").toString()).doesNotContain("traguardi_csrf");
        assertThat(page.locator("form[method=post] input[name=_csrf]").first()).hasAttribute("value", cookie.value);
        assertThat(page.locator("meta[name=csrf-token]")).hasAttribute("content", cookie.value);
    }

    @Test
    void a_comment_and_a_value_are_saved_with_the_token_and_htmx_sends_it_as_a_header() {
        var htmx = new CopyOnWriteArrayList<Request>();
        page.onRequest(r -> {
            if (r.headers().containsKey("hx-request")) {
                htmx.add(r);
            }
        });
        page.navigate("/piani/Modena/2022/indicatori/" + indicatorId("301.50"));
        page.getByLabel("Nuovo commento").fill("Commento con il token");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi il commento")).click();
        assertThat(page.locator(".comments li").first()).containsText("Commento con il token");

        page.navigate("/piani/Modena/2022/valori");
        page.getByLabel("Valore di D1.1_10", new Page.GetByLabelOptions().setExact(true)).fill("880");
        page.locator("li.entry-row").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("D1.1_10"))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".entry-done").first()).hasText("Valore salvato: D1.1_10.");

        assertThat(htmx).isNotEmpty();
        assertThat(htmx).allSatisfy(r -> assertThat(r.headers()).containsEntry("x-csrf-token", csrfCookie().value));
    }

    @Test
    void the_formula_check_and_a_node_edit_work_with_the_token() {
        var id = indicatorId("301.50");
        var checks = new CopyOnWriteArrayList<Request>();
        page.onRequest(r -> {
            if (r.method().equals("POST") && r.headers().containsKey("hx-request")) {
                checks.add(r);
            }
        });
        page.navigate("/piani/Modena/2022/modifica/nodi/" + id);
        page.getByLabel("Formula").fill("D1.1_2 +");
        assertThat(page.locator("#formula-messages")).containsText("colonna");
        page.getByLabel("Formula").fill("");
        assertThat(page.locator("#formula-messages")).containsText("Formula valida");
        page.getByLabel("Titolo").fill("Titolo salvato con il token");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();

        assertThat(page.locator("#notice")).containsText("Modifiche salvate");
        assertThat(store.load("Modena", 2022).orElseThrow().node(new it.traguardi.core.plan.NodeId(id)).orElseThrow()
                .title()).isEqualTo("Titolo salvato con il token");
        // the formula check posts only its own field (hx-include="this"): the header carries the token
        assertThat(checks).isNotEmpty().allSatisfy(r -> assertThat(r.headers()).containsKey("x-csrf-token"));
    }

    @Test
    void a_form_with_an_altered_token_is_refused_and_saves_nothing() {
        var id = indicatorId("301.50");
        page.navigate("/piani/Modena/2022/indicatori/" + id);
        page.evaluate("document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = '0'.repeat(32))");
        page.getByLabel("Nuovo commento").fill("Commento contraffatto");
        var refused = page.waitForResponse(r -> r.url().endsWith("/commenti"), () -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Aggiungi il commento")).click());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Richiesta non accettata");
        assertThat(page.locator(".alert-danger")).containsText("non corrisponde a quello di questo browser");
        checkAccessibility("csrf-refused");
        page.navigate("/piani/Modena/2022/indicatori/" + id);
        assertThat(page.locator("body")).not().containsText("Commento contraffatto");
        assertThat(List.of(csrfCookie().value)).doesNotContain("0".repeat(32));
    }
}
