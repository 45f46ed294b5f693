package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code traguardi audit verify} and {@code audit list} over the demo plan: every change made on
 * the command line is recorded with the operating-system user who made it; the chain verifies, and
 * names the first entry altered directly in the database; a correction needs a reason.
 */
class AuditCommandTest {

    /** The demo import: the plan, then the 69 measures its derived formulas use. */
    static final int DEMO_ENTRIES = 70;

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    static String me() {
        return CommandLineAuthor.current().name();
    }

    @Test
    void the_demo_import_verifies_and_is_listed_with_its_author() {
        var verified = cli.succeeded("audit", "verify");
        assertThat(verified.out().strip()).isEqualTo("Registro delle modifiche integro: 70 voci verificate.");

        var listed = cli.succeeded("audit", "list", "--entity", "Modena", "--year", "2022");
        assertThat(listed.out()).startsWith("#1 ").contains(" " + me() + " (locale) Modena 2022 · Piano creato: piano Modena 2022",
                " " + me() + " (locale) Modena · Misura salvata: misura D1.1_10 · prima - · dopo {\"unita\":\"N.\",");
        // the plan's entries include its entity's measures
        assertThat(listed.out().strip()).endsWith("70 voci.");
    }

    @Test
    void a_correction_without_a_reason_is_refused_and_with_one_is_recorded() {
        // 120 leaves 31.D1.1.1 short of its target: the first value needs its reason too
        cli.succeeded("values", "set", "D1.1_10", "2022", "120", "--entity", "Modena", "--year", "2022",
                "--reason", "primo dato");

        var refused = cli.run("values", "set", "D1.1_10", "2022", "130", "--entity", "Modena", "--year", "2022");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("reason", "Il valore corregge quello già registrato (120 N.)");

        cli.succeeded("values", "set", "D1.1_10", "2022", "130", "--entity", "Modena", "--year", "2022",
                "--reason", "conteggio rifatto");
        var listed = cli.succeeded("audit", "list", "--entity", "Modena", "--year", "2022", "--user", me());
        assertThat(listed.out()).contains("Valore registrato: misura D1.1_10, periodo 2022 · prima - · dopo {\"valore\":\"120 N.\"}",
                "Valore corretto: misura D1.1_10, periodo 2022 · prima {\"valore\":\"120 N.\"} · dopo {\"valore\":\"130 N.\"}"
                        + " · motivo: conteggio rifatto");
        assertThat(cli.succeeded("audit", "verify").out()).contains("72 voci verificate");
    }

    @Test
    void an_entry_altered_in_the_database_is_named_and_verify_exits_65() throws SQLException {
        try (var database = Database.open(cli.databaseUrl());
                var connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            // the database refuses the update (db/h2/V015_2): someone who may drop its trigger first does
            statement.execute("drop trigger audit_entry_append_only");
            statement.executeUpdate("update audit_entry set actor = 'qualcun altro' where sequence_number = 5");
        }

        var refused = cli.run("audit", "verify");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err().strip()).isEqualTo("Registro delle modifiche alterato dalla voce 5: voce 5: il contenuto"
                + " non corrisponde alla sua impronta (modificato dopo la registrazione)");
    }

    @Test
    void the_csv_has_the_header_and_marks_formula_cells_as_text() {
        cli.succeeded("values", "set", "D1.1_10", "2022", "120", "--entity", "Modena", "--year", "2022",
                "--reason", "=HYPERLINK(\"http://x\")");
        var csv = cli.succeeded("audit", "list", "--entity", "Modena", "--year", "2022", "--format", "csv").out();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("numero;data e ora;autore;indirizzo;ente;anno;nodo;modifica;oggetto;prima;dopo;"
                + "motivo;impronta");
        // the header, the demo import's 70 entries, the value
        assertThat(lines).hasSize(72);
        assertThat(lines[71]).contains(";Valore registrato;misura D1.1_10, periodo 2022;;\"{\"\"valore\"\":\"\"120 N.\"\"}\";"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";");
    }

    @Test
    void filters_that_cannot_be_read_are_refused_with_65() {
        var noEntity = cli.run("audit", "list", "--year", "2022");
        assertThat(noEntity.exitCode()).isEqualTo(65);
        assertThat(noEntity.err()).contains("--year vuole --entity");
        var badDay = cli.run("audit", "list", "--from", "ieri");
        assertThat(badDay.exitCode()).isEqualTo(65);
        assertThat(badDay.err()).contains("--from: giorno non leggibile «ieri»");
    }

    @Test
    void account_role_token_and_assignment_changes_on_the_command_line_are_listed_by_their_author_and_verify() {
        cli.succeeded("user", "add", "rossi", "--name", "Mario Rossi");
        cli.succeeded("user", "grant", "rossi", "--entity", "Modena", "--role", "referente");
        cli.succeeded("user", "token", "rossi", "--name", "Script notturno", "--days", "30");
        cli.succeeded("user", "disable", "rossi");
        cli.succeeded("user", "enable", "rossi");
        cli.succeeded("user", "reset-password", "rossi");
        cli.succeeded("assign", "add", "--user", "rossi", "--measure", "D1.1_10", "--entity", "Modena", "--year", "2022");
        cli.succeeded("assign", "remove", "--user", "rossi", "--measure", "D1.1_10", "--entity", "Modena", "--year", "2022");
        cli.succeeded("user", "revoke", "rossi", "--entity", "Modena", "--role", "referente");

        var lines = cli.succeeded("audit", "list", "--user", me()).out().lines().skip(DEMO_ENTRIES).toList();
        var mine = " " + me() + " (locale) ";
        var installation = mine + "installazione ";
        // accounts, passwords and tokens belong to the installation (no entity); roles to their entity,
        // assignments to the plan year
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).startsWith("#71 ").contains(installation + "· Utente creato: utente rossi · prima - · dopo"
                + " {\"utente\":\"rossi\",\"nome\":\"Mario Rossi\",\"amministratore\":\"no\"}");
        assertThat(lines.get(1)).contains(mine + "Modena · Ruolo assegnato: utente rossi · prima - · dopo"
                + " {\"ente\":\"Modena\",\"ruolo\":\"referente\"}");
        assertThat(lines.get(2)).contains(installation + "· Token creato: utente rossi · prima - · dopo {\"token\":\"Script notturno\"");
        assertThat(lines.get(3)).contains(installation + "· Utente disattivato: utente rossi");
        assertThat(lines.get(4)).contains(installation + "· Utente riattivato: utente rossi");
        assertThat(lines.get(5)).contains(installation + "· Password cambiata: utente rossi · prima - · dopo -");
        assertThat(lines.get(6)).contains(mine + "Modena 2022 · Incarico aggiunto: incarico di rossi · prima - · dopo"
                + " {\"utente\":\"rossi\",\"misura\":\"D1.1_10\"}");
        assertThat(lines.get(7)).contains(mine + "Modena 2022 · Incarico rimosso: incarico di rossi");
        assertThat(lines.get(8)).contains(mine + "Modena · Ruolo revocato: utente rossi");
        assertThat(lines.get(9)).isEqualTo("79 voci.");
        assertThat(cli.succeeded("audit", "verify").out()).contains("79 voci verificate");
    }
}
