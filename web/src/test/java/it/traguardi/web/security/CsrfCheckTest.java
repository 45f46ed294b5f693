package it.traguardi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.account.Accounts;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CSRF token and the Origin check, over real HTTP: a change that carries cookies must repeat the
 * cookie's token; one from another site is refused; a call with a bearer token, or with no cookie at
 * all, is left to the access policy. Each refusal is a 403 that changes nothing.
 */
class CsrfCheckTest {

    private static final Pattern COOKIE = Pattern.compile("traguardi_csrf=([0-9a-f]{32})");
    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]{32})\"");

    @RegisterExtension
    final RunningServer server = RunningServer.withSeed();

    /** A browser's state after opening the new-plan page: its cookie and the token its forms carry. */
    private record Browser(String cookie, String formToken) {
    }

    private Browser open() throws Exception {
        var page = server.get("/piani/nuovo");
        var setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        var cookie = COOKIE.matcher(setCookie);
        var field = FIELD.matcher(page.body());
        assertThat(cookie.find()).as(setCookie).isTrue();
        assertThat(field.find()).as("the new-plan page's forms carry the token").isTrue();
        return new Browser(cookie.group(1), field.group(1));
    }

    private HttpResponse<String> createPlan(String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(server.uri("/piani/nuovo/vuoto"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request);
    }

    private boolean stored(String entity) {
        return server.store().list().stream().anyMatch(p -> p.entity().equals(entity));
    }

    @Test
    void a_page_sets_an_http_only_lax_cookie_and_repeats_it_in_every_post_form_and_its_head() throws Exception {
        var page = server.get("/piani/nuovo");
        var setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        var browser = open();

        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        assertThat(browser.formToken()).isEqualTo(browser.cookie());
        // the page has four forms that post (empty plan, upload, full export, copy): each carries the token once
        assertThat(FIELD.matcher(page.body()).results().count()).isEqualTo(4);
        assertThat(page.body()).contains("<meta name=\"csrf-token\" content=\"" + COOKIE.matcher(setCookie)
                .results().findFirst().orElseThrow().group(1) + "\">");
    }

    @Test
    void behind_a_proxy_that_speaks_https_the_cookie_is_secure() throws Exception {
        var page = server.get("/piani/nuovo", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure").contains("HttpOnly");
    }

    @Test
    void a_page_opened_with_the_cookie_keeps_its_token_and_sets_no_new_one() throws Exception {
        var browser = open();
        var again = server.get("/piani/nuovo", "Cookie", "traguardi_csrf=" + browser.cookie());

        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(again.body()).contains("name=\"_csrf\" value=\"" + browser.cookie() + "\"");
    }

    @Test
    void a_form_with_the_cookie_and_its_token_is_accepted() throws Exception {
        var browser = open();
        var created = createPlan("ente=Ravenna&anno=2024&_csrf=" + browser.formToken(),
                "Cookie", "traguardi_csrf=" + browser.cookie());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(stored("Ravenna")).isTrue();
    }

    @Test
    void a_form_with_the_cookie_but_no_token_is_refused_in_italian_and_nothing_is_stored() throws Exception {
        var browser = open();
        var refused = createPlan("ente=Ravenna&anno=2024", "Cookie", "traguardi_csrf=" + browser.cookie());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Richiesta non accettata")
                .contains("Il modulo è arrivato senza il suo codice di sicurezza");
        assertThat(stored("Ravenna")).isFalse();
    }

    @Test
    void a_forged_token_is_refused_in_the_language_of_the_person() throws Exception {
        var browser = open();
        var forged = "0123456789abcdef0123456789abcdef";
        var refused = createPlan("ente=Ravenna&anno=2024&_csrf=" + forged,
                "Cookie", "lang=en; traguardi_csrf=" + browser.cookie());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("The form's security code does not match this browser's");
        assertThat(stored("Ravenna")).isFalse();
    }

    @Test
    void a_token_without_its_cookie_is_forged_when_other_cookies_come_with_it() throws Exception {
        var browser = open();
        var refused = createPlan("ente=Ravenna&anno=2024&_csrf=" + browser.formToken(), "Cookie", "lang=it");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("non corrisponde a quello di questo browser");
    }

    @Test
    void the_header_stands_for_the_field_as_htmx_sends_it() throws Exception {
        var browser = open();
        var created = createPlan("ente=Ravenna&anno=2024", "Cookie", "traguardi_csrf=" + browser.cookie(),
                "X-CSRF-Token", browser.cookie());

        assertThat(created.statusCode()).isEqualTo(303);
    }

    @Test
    void a_post_from_another_origin_is_refused_even_with_the_right_token_or_without_cookies() throws Exception {
        var browser = open();
        var withToken = createPlan("ente=Ravenna&anno=2024&_csrf=" + browser.formToken(),
                "Cookie", "traguardi_csrf=" + browser.cookie(), "Origin", "https://attacker.example");
        var withoutCookies = createPlan("ente=Ravenna&anno=2024", "Origin", "http://127.0.0.1:1");
        var byReferer = createPlan("ente=Ravenna&anno=2024", "Referer", "https://attacker.example/page");
        var opaque = createPlan("ente=Ravenna&anno=2024", "Origin", "null");

        assertThat(withToken.statusCode()).isEqualTo(403);
        assertThat(withToken.body()).contains("Il modulo è stato inviato da un altro sito");
        assertThat(withoutCookies.statusCode()).isEqualTo(403);
        assertThat(byReferer.statusCode()).isEqualTo(403);
        assertThat(opaque.statusCode()).isEqualTo(403);
        assertThat(stored("Ravenna")).isFalse();
    }

    @Test
    void a_post_from_the_same_origin_passes() throws Exception {
        var created = createPlan("ente=Ravenna&anno=2024", "Origin", "http://127.0.0.1:" + server.port());

        assertThat(created.statusCode()).isEqualTo(303);
    }

    @Test
    void an_api_call_with_cookies_but_no_token_gets_a_problem_and_one_with_a_bearer_token_is_exempt() throws Exception {
        var browser = open();
        var body = "[{\"code\": \"301.51\", \"period\": \"2022\", \"value\": \"750\", \"reason\": \"dato di prova\"}]";
        var refused = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json").header("Cookie", "traguardi_csrf=" + browser.cookie())
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(body)));
        var accounts = Accounts.on(server.database().dataSource(), Clock.systemUTC());
        var token = accounts.tokens().create(accounts.users().add("script", "Script", true, "parola segreta lunga",
                TestActors.TESTER).id(),
                "prova", 1, TestActors.TESTER);
        var bearer = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans/Modena/2022/values"))
                .header("Content-Type", "application/json").header("Cookie", "traguardi_csrf=" + browser.cookie())
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"/api/problems/forged-request\"")
                .contains("not the anti-forgery token");
        // past the check: the handler records the value (the policy, today, allows everything)
        assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(201);
    }

    @Test
    void reading_needs_no_token() throws Exception {
        var page = server.get("/piani/Modena/2022", "Cookie", "traguardi_csrf=0123456789abcdef0123456789abcdef",
                "Origin", "https://attacker.example");

        assertThat(page.statusCode()).isEqualTo(200);
    }
}
