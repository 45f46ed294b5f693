package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.store.Database;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.SignIn;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code traguardi user ...}: accounts made, listed, disabled, given passwords, tokens and roles from the command line. */
class UserCommandTest {

    private static final String PASSWORD = "cavallo batteria graffetta";

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void emptyDatabase() {
        cli = new CommandLineRun(folder);
    }

    /** Runs with the text as standard input, as a script piping a password would. */
    private CommandLineRun.Outcome withStdin(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    private <T> T accounts(Function<Accounts, T> work) {
        try (var database = Database.open(cli.databaseUrl())) {
            return work.apply(Accounts.on(database.dataSource(), Clock.systemUTC()));
        }
    }

    private SignIn signIn(String login, String password) {
        return this.<SignIn>accounts(a -> a.signIn(login, password, "127.0.0.1"));
    }

    @Test
    void the_first_administrator_gets_the_password_from_standard_input_and_can_sign_in_with_it() {
        var added = withStdin(PASSWORD + "\n", "user", "add", "Admin", "--name", "Anna Bianchi", "--admin", "--password-stdin");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Utente admin creato come amministratore." + System.lineSeparator());
        assertThat(signIn("admin", PASSWORD)).isInstanceOf(SignIn.SignedIn.class);
        assertThat(this.<Boolean>accounts(a -> a.users().anyAdministrator())).isTrue();
    }

    @Test
    void without_a_console_or_standard_input_a_strong_password_is_generated_and_shown_once() {
        var added = cli.run("user", "add", "rossi");

        assertThat(added.exitCode()).as(added.err()).isZero();
        var shown = Pattern.compile("Password generata, mostrata solo ora: ([A-Za-z0-9]{20})").matcher(added.out());
        assertThat(shown.find()).as(added.out()).isTrue();
        assertThat(signIn("rossi", shown.group(1))).isInstanceOf(SignIn.SignedIn.class);
        // the name defaults to the login; not an administrator
        assertThat(cli.run("user", "list").out()).containsPattern("rossi\\s+rossi\\s+attivo\\s*\\R");
    }

    @Test
    void a_login_taken_a_bad_login_a_short_password_and_an_empty_stdin_are_refused_with_65_and_nothing_stored() {
        withStdin(PASSWORD + "\n", "user", "add", "rossi", "--password-stdin");

        var taken = withStdin(PASSWORD + "\n", "user", "add", "ROSSI", "--password-stdin");
        var bad = withStdin(PASSWORD + "\n", "user", "add", "ros si", "--password-stdin");
        var shortOne = withStdin("corta\n", "user", "add", "bianchi", "--password-stdin");
        var empty = withStdin("", "user", "add", "verdi", "--password-stdin");

        assertThat(taken.exitCode()).isEqualTo(65);
        assertThat(taken.err()).isEqualTo("L'utente rossi esiste già." + System.lineSeparator());
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).startsWith("nome utente «ros si» non valido");
        assertThat(shortOne.exitCode()).isEqualTo(65);
        assertThat(shortOne.err()).startsWith("la password deve avere almeno 12 caratteri");
        assertThat(empty.exitCode()).isEqualTo(65);
        assertThat(cli.run("user", "list").out()).contains("1 utente").doesNotContain("bianchi", "verdi");
    }

    @Test
    void disable_ends_sign_in_and_enable_restores_it_in_english_too() {
        withStdin(PASSWORD + "\n", "user", "add", "rossi", "--password-stdin");

        var disabled = cli.run("--lang", "en", "user", "disable", "rossi");

        assertThat(disabled.out()).isEqualTo(
                "User rossi disabled: their sessions are ended and their tokens no longer work." + System.lineSeparator());
        assertThat(signIn("rossi", PASSWORD)).isEqualTo(new SignIn.Refused());
        assertThat(cli.run("user", "list").out()).containsPattern("rossi\\s+rossi\\s+disattivato");
        assertThat(cli.run("user", "enable", "rossi").exitCode()).isZero();
        assertThat(signIn("rossi", PASSWORD)).isInstanceOf(SignIn.SignedIn.class);
        var unknown = cli.run("user", "disable", "nessuno");
        assertThat(unknown.exitCode()).isEqualTo(65);
        assertThat(unknown.err()).isEqualTo("Nessun utente nessuno." + System.lineSeparator());
    }

    @Test
    void reset_password_replaces_the_old_one() {
        withStdin(PASSWORD + "\n", "user", "add", "rossi", "--password-stdin");

        var reset = withStdin("una password nuova e lunga\n", "user", "reset-password", "rossi", "--password-stdin");

        assertThat(reset.out()).isEqualTo("Password di rossi cambiata; le sue sessioni sono chiuse." + System.lineSeparator());
        assertThat(signIn("rossi", PASSWORD)).isEqualTo(new SignIn.Refused());
        assertThat(signIn("rossi", "una password nuova e lunga"))
                .isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_token_is_printed_once_and_opens_the_api_as_its_user() {
        withStdin(PASSWORD + "\n", "user", "add", "rossi", "--password-stdin");

        var made = cli.run("user", "token", "rossi", "--name", "Script notturno", "--days", "30");

        assertThat(made.exitCode()).as(made.err()).isZero();
        var lines = made.out().split("\\R");
        assertThat(lines[0]).startsWith("Token «Script notturno» di rossi, valido fino al ").endsWith("(mostrato solo ora):");
        assertThat(lines[1]).matches("trg_[A-Za-z0-9_-]{43}");
        assertThat(this.<java.util.Optional<it.traguardi.store.account.User>>accounts(a -> a.tokens().resolve(lines[1]))).hasValueSatisfying(u -> assertThat(u.login()).isEqualTo("rossi"));
        assertThat(cli.run("user", "token", "rossi", "--name", "x", "--days", "367").exitCode()).isEqualTo(65);
        assertThat(cli.run("user", "token", "rossi", "--name", " ").exitCode()).isEqualTo(65);
    }

    @Test
    void roles_are_given_and_taken_by_their_italian_code_and_a_wrong_role_is_refused() {
        withStdin(PASSWORD + "\n", "user", "add", "rossi", "--password-stdin");

        var given = cli.run("user", "grant", "rossi", "--entity", "Modena", "--role", "Referente");
        var again = cli.run("user", "grant", "rossi", "--entity", "Modena", "--role", "referente");
        var wrong = cli.run("user", "grant", "rossi", "--entity", "Modena", "--role", "capo");

        assertThat(given.out()).isEqualTo("Ruolo referente in «Modena» dato a rossi." + System.lineSeparator());
        assertThat(again.out()).isEqualTo("rossi aveva già il ruolo referente in «Modena»." + System.lineSeparator());
        assertThat(wrong.exitCode()).isEqualTo(65);
        assertThat(wrong.err()).isEqualTo("ruolo sconosciuto «capo»: ammessi amministratore, pianificatore, referente, "
                + "responsabile, valutatore" + System.lineSeparator());
        long id = this.<Long>accounts(a -> a.users().find("rossi").orElseThrow().id());
        assertThat(this.<java.util.List<Grant>>accounts(a -> a.users().grants(id))).containsExactly(new Grant("Modena", Role.REFERENTE));
        assertThat(cli.run("user", "list").out()).contains("referente (Modena)");
        assertThat(cli.run("user", "revoke", "rossi", "--entity", "Modena", "--role", "referente").exitCode()).isZero();
        assertThat(this.<java.util.List<Grant>>accounts(a -> a.users().grants(id))).isEmpty();
    }

    @Test
    void every_user_command_has_help_in_both_languages() {
        for (var command : new String[] {"add", "list", "disable", "enable", "reset-password", "token", "grant", "revoke"}) {
            var italian = cli.run("user", command, "--help");
            var english = cli.run("--lang", "en", "user", command, "--help");
            assertThat(italian.exitCode()).isZero();
            assertThat(italian.out()).as(command).doesNotContain("null").isNotEqualTo(english.out());
        }
        assertThat(cli.run("user", "--help").out()).contains("Gestisce gli utenti");
    }
}
