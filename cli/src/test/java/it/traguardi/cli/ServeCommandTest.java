package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.Database;
import it.traguardi.store.PostgresSchema;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PlanSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What serve does before it listens; the blocking wait itself is not run here (a reachable identity
 * provider is tested in the web module, {@code SingleSignOnPagesTest}).
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_database_gets_the_demo_plan() throws Exception {
        try (var database = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            var store = new PlanStore(database.dataSource());
            assertThat(store.list()).isEmpty();

            ServeCommand.loadDemo(store);

            assertThat(store.list()).singleElement().satisfies(p -> {
                assertThat(p.entity()).isEqualTo("Modena");
                assertThat(p.year()).isEqualTo(2022);
                assertThat(p.indicators()).isEqualTo(94);
            });
            // created (1), approved (2), published (3): the demo is read by anyone, as a published plan is
            assertThat(store.list()).extracting(PlanSummary::version).containsExactly(3);
            var status = store.lifecycle().status("Modena", 2022).orElseThrow();
            assertThat(status.lifecycle().state()).isEqualTo(it.traguardi.core.lifecycle.PlanState.PUBLISHED);
            assertThat(status.approved()).singleElement()
                    .satisfies(v -> assertThat(v.act().text()).isEqualTo("n. 12 (dimostrativa) del 31-01-2022"));
            assertThat(store.lifecycle().isPublic("Modena", 2022)).isTrue();
        }
    }

    @Test
    void two_nodes_starting_at_once_on_an_empty_postgresql_database_load_the_demo_once() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (var schema = PostgresSchema.create(); var a = Database.open(schema.url()); var b = Database.open(schema.url())) {
            var barrier = new java.util.concurrent.CyclicBarrier(2);
            var loads = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (var database : java.util.List.of(a, b)) {
                var store = new PlanStore(database.dataSource());
                loads.add(pool.submit(() -> {
                    barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return ServeCommand.loadDemo(store);
                }));
            }
            var loaded = new java.util.ArrayList<Boolean>();
            for (var load : loads) {
                loaded.add(load.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }

            // one node loaded it, the other found it stored and went on serving
            assertThat(loaded).containsExactlyInAnyOrder(true, false);
            assertThat(new PlanStore(b.dataSource()).list()).extracting(PlanSummary::version).containsExactly(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_identity_provider_that_cannot_be_reached_stops_serve_with_69_in_one_line() throws Exception {
        var secret = Files.writeString(dir.resolve("segreto"), "s3greto\n");
        // port 1 on loopback: nothing listens there, the connection is refused at once
        var outcome = new CommandLineRun(dir).run("serve", "--port", "0", "--oidc-issuer", "http://127.0.0.1:1/camera",
                "--oidc-client-id", "traguardi", "--oidc-client-secret-file", secret.toString());

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(outcome.err().strip()).startsWith("accesso unico non disponibile: l'emittente OpenID Connect "
                + "http://127.0.0.1:1/camera non risponde o non è valido (").doesNotContain("\n", "\tat ", "Exception");
        // refused before anything was opened: no database, no demo plan
        assertThat(outcome.out()).isEmpty();
        assertThat(dir.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void a_trusted_proxy_that_is_not_an_ip_address_is_wrong_usage_before_anything_is_opened() {
        var outcome = new CommandLineRun(dir).run("serve", "--port", "0", "--trusted-proxy", "10.0.0.5,haproxy.example");

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(outcome.err()).contains("--trusted-proxy: «10.0.0.5,haproxy.example» non è un elenco di indirizzi IP "
                + "separati da virgole (es. 127.0.0.1, 10.0.0.5)");
        assertThat(dir.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void an_issuer_without_client_id_or_secret_is_wrong_usage() {
        var outcome = new CommandLineRun(dir).run("serve", "--port", "0", "--oidc-issuer", "https://login.camera.example/");

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(outcome.err()).contains("--oidc-issuer richiede anche --oidc-client-id e il segreto del client "
                + "(TRAGUARDI_OIDC_CLIENT_SECRET o --oidc-client-secret-file)");
    }

    @Test
    void a_secret_file_that_cannot_be_read_is_bad_input() {
        var outcome = new CommandLineRun(dir).run("serve", "--port", "0", "--oidc-issuer", "https://login.camera.example/",
                "--oidc-client-id", "traguardi", "--oidc-client-secret-file", dir.resolve("manca").toString());

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(outcome.err()).contains("--oidc-client-secret-file: impossibile leggere " + dir.resolve("manca"));
    }

    @Test
    void every_setting_the_provider_could_not_be_used_with_is_told_before_anything_is_asked() throws Exception {
        var secret = Files.writeString(dir.resolve("segreto"), "s3greto");
        var outcome = new CommandLineRun(dir).run("--lang", "en", "serve", "--port", "0",
                "--oidc-issuer", "http://login.camera.example/", "--oidc-client-id", "traguardi",
                "--oidc-client-secret-file", secret.toString(), "--oidc-claim", "codice fiscale", "--oidc-scope", "profile");

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.USAGE);
        // plain http to another machine would carry the secret and the codes in clear
        assertThat(outcome.err()).contains("--oidc-issuer: \"http://login.camera.example/\" is not the address of an "
                + "OpenID Connect issuer", "--oidc-claim: \"codice fiscale\" is not the name of a token claim",
                "--oidc-scope: \"profile\" is not a list of scopes separated by spaces that includes openid");
    }

    @Test
    void the_secret_is_taken_from_the_variable_or_the_file_never_both() throws Exception {
        var secret = Files.writeString(dir.resolve("segreto"), "dal-file\n");
        var cli = new Cli();
        var commandLine = new CommandLine(cli);
        var options = new SignOnOptions();
        options.issuer = "https://login.camera.example/oidc";
        options.clientId = "traguardi";
        options.claim = "fiscalNumber";
        options.scope = "openid profile";

        var fromVariable = options.settings(cli, commandLine, Map.of(SignOnOptions.SECRET, "dalla-variabile"));
        options.secretFile = secret;
        var fromFile = options.settings(cli, commandLine, Map.of());

        assertThat(fromVariable).hasValueSatisfying(s -> {
            assertThat(s.clientSecret()).isEqualTo("dalla-variabile");
            // no label given: the issuer's host
            assertThat(s.label()).isEqualTo("login.camera.example");
            assertThat(s.toString()).doesNotContain("dalla-variabile");
        });
        assertThat(fromFile).hasValueSatisfying(s -> assertThat(s.clientSecret()).isEqualTo("dal-file"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> options.settings(cli, commandLine, Map.of(SignOnOptions.SECRET, "dalla-variabile")))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("indicato due volte");
    }

    @Test
    void the_help_of_serve_names_the_single_sign_on_options() {
        var outcome = new CommandLineRun(dir).run("serve", "--help");

        assertThat(outcome.out()).contains("--oidc-issuer=URL", "--oidc-client-id=ID", "--oidc-client-secret-file=FILE",
                "--oidc-claim=CLAIM", "--oidc-label=TESTO", "--oidc-scope=SCOPE", "predefinito preferred_username");
    }
}
