package it.traguardi.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.Stores;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.Authentication;
import it.traguardi.web.access.Requester;
import it.traguardi.web.account.SingleSignOn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.time.LocalDate;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.web.access.RolePolicy;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The web server running on a random loopback port over an H2 file database in a temporary folder,
 * with the Modena 2022 seed stored (version 1) unless told otherwise. Register it with
 * {@code @RegisterExtension}: on a static field it runs once for the class, on an instance field
 * once for each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final RunningServer server = RunningServer.withSeed();
 * }</pre>
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final boolean seed;
    private final String urlOptions;
    /** The policy, made from the server's stores once they exist (the real roles' policy reads plan states). */
    private final Function<Stores, AccessPolicy> policy;
    private final RequestLimits limits;
    /** Who asks: empty for real sign-in (API tokens, session cookies), else a test's own resolution. */
    private final Optional<Function<Context, Requester>> requesters;
    /** The identity provider for single sign-on, found when the server starts (after the test started the provider). */
    private final Supplier<Optional<SingleSignOn>> singleSignOn;
    private boolean perClass;
    private Path folder;
    private Database database;
    private PlanStore store;
    private Javalin app;

    private RunningServer(boolean seed, String urlOptions, Function<Stores, AccessPolicy> policy, RequestLimits limits,
            Optional<Function<Context, Requester>> requesters, Supplier<Optional<SingleSignOn>> singleSignOn) {
        this.requesters = requesters;
        this.singleSignOn = singleSignOn;
        this.seed = seed;
        this.urlOptions = urlOptions;
        this.policy = policy;
        this.limits = limits;
    }

    /** A server whose database holds the Modena 2022 seed, imported as version 1. */
    public static RunningServer withSeed() {
        return new RunningServer(true, "", stores -> AccessPolicy.ALLOW_EVERYTHING, RequestLimits.DEFAULTS, Optional.empty(), Optional::empty);
    }

    /** Settings added to the H2 URL ({@code ;NAME=value}), such as a shorter {@code LOCK_TIMEOUT}. */
    public RunningServer withUrlOptions(String options) {
        return new RunningServer(seed, options, policy, limits, requesters, singleSignOn);
    }

    public RunningServer withAccessPolicy(AccessPolicy other) {
        return new RunningServer(seed, urlOptions, stores -> other, limits, requesters, singleSignOn);
    }

    /**
     * The roles' policy of an installation ({@link RolePolicy#of}): the public reads the plans
     * published or closed, as the server's database stores them (the seed is a draft until a test
     * approves and publishes it, see {@link #publishSeed}).
     */
    public RunningServer withRolePolicy() {
        return new RunningServer(seed, urlOptions, stores -> RolePolicy.of(stores.plans().lifecycle()), limits, requesters, singleSignOn);
    }

    public RunningServer withLimits(RequestLimits other) {
        return new RunningServer(seed, urlOptions, policy, other, requesters, singleSignOn);
    }

    /**
     * Who asks, decided by the test from each request (for example from a header naming a test
     * person) for requests that do not sign in; one with a session cookie or an API token is still
     * resolved by the real sign-in.
     */
    public RunningServer withRequesters(Function<Context, Requester> other) {
        return new RunningServer(seed, urlOptions, policy, limits, Optional.of(other), singleSignOn);
    }

    /** Single sign-on through the provider the supplier finds when the server starts. */
    public RunningServer withSingleSignOn(Supplier<SingleSignOn> provider) {
        return new RunningServer(seed, urlOptions, policy, limits, requesters, () -> Optional.of(provider.get()));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (!perClass) {
            stop();
        }
    }

    private void start() throws Exception {
        folder = Files.createTempDirectory("traguardi-web-test");
        database = Database.open("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + urlOptions);
        store = new PlanStore(database.dataSource());
        if (seed) {
            store.save(AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan(), false, TestActors.TESTER);
        }
        var stores = Stores.on(database.dataSource());
        var who = requesters.map(r -> besideSignIn(stores, r))
                .orElseGet(() -> AccessGate.signedIn(new Authentication(stores.accounts())));
        app = WebServer.create(stores, policy.apply(stores), limits, who, singleSignOn.get()).start("127.0.0.1", 0);
    }

    /**
     * A request that signs in (a session cookie or an API token) is resolved by the real sign-in;
     * any other by the test's own resolution (a test person, or the program itself).
     */
    private static Function<Context, Requester> besideSignIn(Stores stores, Function<Context, Requester> test) {
        var signedIn = AccessGate.signedIn(new Authentication(stores.accounts()));
        return ctx -> ctx.cookie(Authentication.COOKIE) != null || ctx.header("Authorization") != null
                ? signedIn.apply(ctx) : test.apply(ctx);
    }

    private void stop() throws IOException {
        try {
            if (app != null) {
                app.stop();
            }
        } finally {
            if (database != null) {
                database.close();
            }
            deleteFolder();
        }
    }

    private void deleteFolder() throws IOException {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Approves the Modena 2022 seed (Delibera di Giunta n. 12 del 31-01-2022) and publishes it, as
     * {@code serve} does with its demo plan: the public reads it, and its editors need a revision.
     */
    public void publishSeed() {
        var lifecycle = store.lifecycle();
        var version = lifecycle.status("Modena", 2022).orElseThrow().version();
        lifecycle.change("Modena", 2022, new Transition.Approve(new ApprovingAct("12", LocalDate.of(2022, 1, 31))),
                version, TestActors.TESTER);
        lifecycle.change("Modena", 2022, new Transition.Publish(), version + 1, TestActors.TESTER);
    }

    public Database database() {
        return database;
    }

    /** A store over the server's database (the server has its own; both see the same rows). */
    public PlanStore store() {
        return store;
    }

    /** The running application, for tests that look at what it registered. */
    public Javalin app() {
        return app;
    }

    public int port() {
        return app.port();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** GET over real HTTP; redirects are not followed, so a 303 is seen as it is. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** POST of a form as a browser without JavaScript sends it ({@code a=1&b=2}, already encoded). */
    public HttpResponse<String> postForm(String path, String encoded, String... headers)
            throws IOException, InterruptedException {
        return send(with(HttpRequest.newBuilder(uri(path)), headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** POST of a multipart form with one file under {@code field}, as a browser uploads it. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content, String... headers)
            throws IOException, InterruptedException {
        var boundary = "confine" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(with(HttpRequest.newBuilder(uri(path)), headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The request with the headers given as name, value, name, value. */
    private static HttpRequest.Builder with(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Locks the entity's row as a writer of its plans does, until the returned connection is
     * closed: a write of the entity's plans meanwhile waits for the database's lock timeout, then
     * is refused as busy.
     */
    public Connection holdBusy(String entity) throws SQLException {
        var connection = database.dataSource().getConnection();
        connection.setAutoCommit(false);
        try (var lock = connection.prepareStatement("select id from entity where name = ? for update")) {
            lock.setString(1, entity);
            lock.executeQuery().close();
        }
        return connection;
    }
}
