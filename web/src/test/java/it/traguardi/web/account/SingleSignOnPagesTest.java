package it.traguardi.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.PendingSignOns;
import it.traguardi.web.LoopbackProvider;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Single sign-on over real HTTP against a real OpenID Connect provider on loopback
 * (mock-oauth2-server, non-interactive: it answers each authorization request at once with a code,
 * and issues tokens with the claims a test queues): discovery, PKCE, state, nonce, the claim mapped
 * to a local account, and every refusal as a 4xx page, audited.
 */
class SingleSignOnPagesTest {

    static final String ISSUER_ID = "camera";
    static final String CLIENT = "traguardi-test";
    static final MockOAuth2Server PROVIDER = started();

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSeed().withSingleSignOn(SingleSignOnPagesTest::discovered);

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static MockOAuth2Server started() {
        return LoopbackProvider.started(new OAuth2Config(), ISSUER_ID, new ExpiredTokens());
    }

    /**
     * A route before the provider's own: while {@link ExpiredTokens#EXPIRED} holds claims, the token endpoint's
     * next answer is an ID token with them that expired an hour ago (the provider itself cannot
     * issue one: it derives {@code expires_in} from the token's expiry, and a negative one is not
     * a token response at all).
     */
    static final class ExpiredTokens implements Route {

        /**
         * The claims of an expired ID token the token endpoint is to give once, instead of its own
         * answer; null when none. Here, not in the test class: the provider's thread reads it while
         * the test class is still being initialised (its first request is made from there), and a
         * field of the test class would make that thread wait for the initialisation that waits for it.
         */
        static final AtomicReference<Map<String, Object>> EXPIRED = new AtomicReference<>();

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return EXPIRED.get() != null && request.getMethod().equals("POST")
                    && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            var claims = EXPIRED.getAndSet(null);
            var idToken = PROVIDER.getConfig().getTokenProvider().jwt(claims, Duration.ofHours(-1), ISSUER_ID).serialize();
            var body = "{\"token_type\":\"Bearer\",\"access_token\":\"" + idToken + "\",\"id_token\":\"" + idToken
                    + "\",\"expires_in\":3600}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    static SingleSignOnSettings settings() {
        return new SingleSignOnSettings(PROVIDER.issuerUrl(ISSUER_ID).uri(), CLIENT, "segreto-di-prova",
                SingleSignOnSettings.DEFAULT_CLAIM, "SPID/CIE", SingleSignOnSettings.DEFAULT_SCOPE);
    }

    static SingleSignOn discovered() {
        try {
            return SingleSignOn.discover(settings());
        } catch (SingleSignOnUnavailableException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeAll
    static void accounts() {
        var accounts = Accounts.on(SERVER.database().dataSource(), Clock.systemUTC());
        accounts.users().add("m.rossi", "Mario Rossi", false, "cavallo batteria graffetta", TestActors.TESTER);
        accounts.users().add("bianchi", "Anna Bianchi", false, "cavallo batteria graffetta", TestActors.TESTER);
        accounts.users().setDisabled("bianchi", true, TestActors.TESTER);
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    /** The next token the provider issues carries these claims (they replace its own of the same name). */
    private static void nextToken(Map<String, Object> claims) {
        nextToken(claims, 3600);
    }

    private static void nextToken(Map<String, Object> claims, long expirySeconds) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "soggetto-1", "JWT", null, claims, expirySeconds));
    }

    /** A sign-in begun on our server: its answer, the browser's state cookie, and the provider's answer to the authorization request. */
    private record Begun(HttpResponse<String> start, String stateCookie, URI authorization, URI back) {

        Map<String, String> query() {
            return parameters(authorization);
        }
    }

    private static Begun begin(String next) throws Exception {
        var start = get(SERVER.uri(SingleSignOnPages.START + "?dopo=" + next), "");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(303);
        var authorization = URI.create(start.headers().firstValue("Location").orElseThrow());
        var cookie = start.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SingleSignOnPages.STATE_COOKIE + "=")).findFirst().orElseThrow();
        var provider = get(authorization, "");
        assertThat(provider.statusCode()).as(provider.body()).isEqualTo(302);
        return new Begun(start, cookie, authorization, URI.create(provider.headers().firstValue("Location").orElseThrow()));
    }

    /** The browser's return to our server with its state cookie (as a browser sends it back). */
    private static HttpResponse<String> back(Begun begun) throws Exception {
        return get(begun.back(), begun.stateCookie().split(";", 2)[0]);
    }

    private static HttpResponse<String> get(URI uri, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(uri).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> parameters(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static Optional<String> session(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("traguardi_sessione="))
                .map(c -> c.split(";", 2)[0]).filter(c -> !c.equals("traguardi_sessione=")).findFirst();
    }

    /** The reason of the newest refusal in the audit trail. */
    private static String lastRefusal() {
        var entries = new AuditTrail(SERVER.database().dataSource()).list(AuditFilter.EVERYTHING, 0, 1, true);
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.change().kind()).isEqualTo(ChangeKind.ACCESS_DENIED));
        return entries.getFirst().change().reason();
    }

    private static long pending() {
        return new PendingSignOns(SERVER.database().dataSource(), Clock.systemUTC()).count();
    }

    @Test
    void the_sign_in_page_offers_the_provider_as_a_plain_link_that_comes_back_to_the_same_page() throws Exception {
        var page = get(SERVER.uri("/accesso?dopo=/piani/Modena/2022"), "");

        assertThat(page.body()).contains("<a id=\"signon\" class=\"btn btn-outline-primary\" "
                + "href=\"/accesso/oidc?dopo=%2Fpiani%2FModena%2F2022\">Accedi con SPID/CIE</a>");
        assertThat(get(SERVER.uri("/accesso?lang=en"), "").body()).contains(">Sign in with SPID/CIE</a>");
    }

    @Test
    void a_person_is_sent_with_pkce_s256_state_and_nonce_and_comes_back_signed_in_as_the_account_of_the_claim() throws Exception {
        nextToken(Map.of("preferred_username", "M.Rossi"));
        var begun = begin("/piani/Modena/2022");
        var asked = begun.query();

        assertThat(begun.authorization().toString()).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString());
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", CLIENT)
                .containsEntry("code_challenge_method", "S256").containsEntry("scope", "openid profile email")
                .containsEntry("redirect_uri", "http://127.0.0.1:" + SERVER.port() + "/accesso/oidc/ritorno");
        // a SHA-256 in URL-safe Base64 is 43 characters; state and nonce are random, never the same
        assertThat(asked.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(asked.get("state")).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(asked.get("nonce"));
        assertThat(asked.get("nonce")).isNotBlank();
        assertThat(begun.stateCookie()).startsWith("traguardi_oidc=" + asked.get("state") + ";")
                .contains("HttpOnly", "SameSite=Lax", "Path=/accesso/oidc/ritorno", "Max-Age=600");
        assertThat(pending()).isEqualTo(1);

        var back = back(begun);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).contains("/piani/Modena/2022");
        var session = session(back).orElseThrow();
        var account = get(SERVER.uri("/account"), session);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Mario Rossi");
        // taken once: nothing of the sign-in is left waiting, and the browser's state cookie is cleared
        assertThat(pending()).isZero();
        assertThat(back.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("traguardi_oidc=;"));
    }

    @Test
    void a_return_replayed_after_signing_in_is_refused_as_used_and_opens_no_session() throws Exception {
        nextToken(Map.of("preferred_username", "m.rossi"));
        var begun = begin("/");
        assertThat(back(begun).statusCode()).isEqualTo(303);

        var replayed = back(begun);

        assertThat(replayed.statusCode()).isEqualTo(410);
        assertThat(replayed.body()).contains("Richiesta di accesso scaduta o già usata (vale 10 minuti, una sola volta).");
        assertThat(session(replayed)).isEmpty();
        assertThat(lastRefusal()).contains("state expired or used");
    }

    @Test
    void a_return_without_state_or_from_another_browser_is_refused_and_leaves_the_sign_in_unusable() throws Exception {
        var begun = begin("/");
        var withoutState = URI.create(begun.back().toString().replaceAll("state=[^&]*", "state="));

        var missing = get(withoutState, begun.stateCookie().split(";", 2)[0]);
        // a link made by someone who began their own sign-in, opened in another browser (no cookie, or another one)
        var noCookie = get(begun.back(), "");
        var otherCookie = get(begun.back(), "traguardi_oidc=" + "x".repeat(43));

        for (var answer : new HttpResponse<?>[] {missing, noCookie, otherCookie}) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat((String) answer.body()).contains("Richiesta di accesso non valida: non è stata avviata da questo browser.");
            assertThat(session(castString(answer))).isEmpty();
        }
        assertThat(lastRefusal()).contains("not this browser's");
        // the refusals took nothing: the browser that began it may still finish
        assertThat(pending()).isEqualTo(1);
        nextToken(Map.of("preferred_username", "m.rossi"));
        assertThat(back(begun).statusCode()).isEqualTo(303);
    }

    @SuppressWarnings("unchecked")
    private static HttpResponse<String> castString(HttpResponse<?> answer) {
        return (HttpResponse<String>) answer;
    }

    @Test
    void a_person_who_declines_at_the_provider_gets_a_clear_403_and_the_state_is_spent() throws Exception {
        var begun = begin("/");
        var state = begun.query().get("state");
        var declined = URI.create(SERVER.uri(SingleSignOn.RETURN_PATH) + "?error=access_denied&error_description=annullato&state=" + state);

        var answer = get(declined, begun.stateCookie().split(";", 2)[0]);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("L'accesso con SPID/CIE è stato annullato o negato (access_denied).");
        assertThat(lastRefusal()).contains("error=access_denied annullato");
        assertThat(pending()).isZero();
    }

    @Test
    void an_id_token_with_another_nonce_is_refused() throws Exception {
        nextToken(Map.of("preferred_username", "m.rossi", "nonce", "un-altro-nonce"));

        var answer = back(begin("/"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("L'identità inviata da SPID/CIE non è valida");
        assertThat(session(answer)).isEmpty();
        assertThat(lastRefusal()).containsIgnoringCase("nonce");
    }

    @Test
    void an_id_token_of_another_issuer_is_refused() throws Exception {
        nextToken(Map.of("preferred_username", "m.rossi", "iss", "https://idp.altrove.example/camera"));

        var answer = back(begin("/"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(session(answer)).isEmpty();
        assertThat(lastRefusal()).containsIgnoringCase("issuer");
    }

    @Test
    void an_id_token_for_another_client_is_refused() throws Exception {
        nextToken(Map.of("preferred_username", "m.rossi", "aud", "un-altro-client"));

        var answer = back(begin("/"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(session(answer)).isEmpty();
        assertThat(lastRefusal()).containsIgnoringCase("audience");
    }

    @Test
    void an_expired_id_token_is_refused() throws Exception {
        var begun = begin("/");
        // the provider's token endpoint answers once with an ID token, signed by its own key, that expired an hour ago
        // (well past the minute of clock skew the check allows), everything else right: issuer, audience, nonce
        ExpiredTokens.EXPIRED.set(Map.of("iss", PROVIDER.issuerUrl(ISSUER_ID).toString(), "aud", CLIENT, "sub", "soggetto-1",
                "preferred_username", "m.rossi", "nonce", begun.query().get("nonce")));

        var answer = back(begun);

        assertThat(ExpiredTokens.EXPIRED.get()).isNull();
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(session(answer)).isEmpty();
        assertThat(lastRefusal()).contains("Expired JWT");
    }

    @Test
    void a_code_the_provider_does_not_know_is_refused() throws Exception {
        var begun = begin("/");
        var forged = URI.create(begun.back().toString().replaceAll("code=[^&]*", "code=inventato"));

        var answer = get(forged, begun.stateCookie().split(";", 2)[0]);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("SPID/CIE non ha accettato il codice di accesso");
        assertThat(lastRefusal()).contains("invalid_grant");
    }

    @Test
    void an_identity_without_a_local_account_is_refused_and_no_account_is_created() throws Exception {
        nextToken(Map.of("preferred_username", "sconosciuto"));

        var answer = back(begin("/"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Nessun utente di Traguardi corrisponde a «sconosciuto» (dato «preferred_username»");
        assertThat(Accounts.on(SERVER.database().dataSource(), Clock.systemUTC()).users().find("sconosciuto")).isEmpty();
        assertThat(lastRefusal()).contains("no account sconosciuto");
    }

    @Test
    void a_disabled_account_is_refused_in_english_when_asked() throws Exception {
        nextToken(Map.of("preferred_username", "BIANCHI"));
        var begun = begin("/");

        // the language a person chose on the pages is a cookie, sent back with the state's
        var answer = get(begun.back(), "lang=en; " + begun.stateCookie().split(";", 2)[0]);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("The user \"bianchi\" is disabled: they cannot sign in.");
        assertThat(session(answer)).isEmpty();
    }

    @Test
    void an_identity_without_the_claim_is_refused() throws Exception {
        nextToken(Map.of("email", "m.rossi@camera.example"));

        var answer = back(begin("/"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("SPID/CIE non ha indicato il dato «preferred_username» che identifica l'utente");
    }
}
