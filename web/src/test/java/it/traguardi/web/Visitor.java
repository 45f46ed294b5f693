package it.traguardi.web;

import it.traguardi.web.security.CsrfToken;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Someone using the running server over real HTTP as a browser without JavaScript does: keeps the
 * session cookie the server sets (and drops it when the server clears it), sends it back, follows
 * no redirect. With a session it also sends a CSRF token in its cookie and again in the header, as
 * the pages' forms and htmx do ({@code web.security.CsrfCheck}).
 */
public final class Visitor {

    public static final String COOKIE = "traguardi_sessione";
    /** This visitor's CSRF token: 32 hexadecimal digits, the shape the server issues. */
    private static final String CSRF = "0123456789abcdef0123456789abcdef";
    private final RunningServer server;
    private String session = "";

    public Visitor(RunningServer server) {
        this.server = server;
    }

    /** The session cookie's value, empty when none. */
    public String session() {
        return session;
    }

    /** Uses a session cookie value as this visitor's own (an old or stolen one). */
    public Visitor withSession(String value) {
        session = value;
        return this;
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(HttpRequest.newBuilder(server.uri(path)).GET(), headers);
    }

    /** POST of a form, fields given as name, value pairs (encoded here). */
    public HttpResponse<String> post(String path, String... fields) throws Exception {
        var body = Stream.iterate(0, i -> i < fields.length, i -> i + 2)
                .map(i -> encode(fields[i]) + "=" + encode(fields[i + 1])).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in page; fails the test unless it redirected. */
    public Visitor signIn(String login, String password) throws Exception {
        var answer = post("/accesso", "utente", login, "password", password);
        if (answer.statusCode() != 303) {
            throw new AssertionError("sign-in of " + login + " answered " + answer.statusCode());
        }
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws Exception {
        if (!session.isEmpty()) {
            request.header("Cookie", COOKIE + "=" + session + "; " + CsrfToken.COOKIE + "=" + CSRF);
            request.header(CsrfToken.HEADER, CSRF);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        var answer = server.send(request);
        sessionCookie(answer).ifPresent(value -> session = value);
        return answer;
    }

    /** The Set-Cookie header of the session, whole (value and attributes). */
    public static Optional<String> sessionHeader(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst();
    }

    private static Optional<String> sessionCookie(HttpResponse<String> answer) {
        return sessionHeader(answer).map(c -> c.substring(COOKIE.length() + 1).split(";", 2)[0]);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
