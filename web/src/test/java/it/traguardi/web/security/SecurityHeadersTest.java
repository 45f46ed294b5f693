package it.traguardi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.web.RunningServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of answer carries the security headers: a page, an API answer, a static file, a 404, a refusal. */
class SecurityHeadersTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.withSeed();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/piani/Modena/2022", "/api/v1/plans", "/api/openapi.json", "/static/app/traguardi.css",
        "/static/app/traguardi.js", "/nessuna-pagina", "/api/v1/nessuna", "/piani/Modena/1800", "/health"})
    void every_answer_has_the_security_headers(String path) throws Exception {
        assertHeaders(server.get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/piani/nuovo/vuoto", "/api/v1/plans/Modena/2022/values"})
    void a_refused_change_has_them_too(String path) throws Exception {
        var refused = server.postForm(path, "");
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertHeaders(refused);
    }

    private static void assertHeaders(HttpResponse<String> answer) {
        var headers = answer.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue("default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' "
                + "'sha256-wPXhisdsFu1DtHYH1D9W5isSGqS5vIPn6QJWSNLqfCM='; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                + "form-action 'self'; base-uri 'self'; object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    }
}
