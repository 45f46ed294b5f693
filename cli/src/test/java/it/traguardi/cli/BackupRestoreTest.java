package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.plan.NodeId;
import it.traguardi.exchange.DemoData;
import it.traguardi.store.Actor;
import it.traguardi.store.CommentStore;
import it.traguardi.store.Database;
import it.traguardi.store.PostgresSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore} through the real command line (issue 12, item 5): a database
 * with a plan, values, comments, a lifecycle and its audit trail, backed up and restored into a new
 * empty database, H2 or PostgreSQL, gives the same exports, scores and audit trail; a database that
 * is not empty, a file that is not a backup and a missing file are refused in one line.
 */
class BackupRestoreTest {

    private static final String[] PLAN = {"--entity", "Modena", "--year", "2022"};
    /** What a user reads of a database: each must come out of the restored one byte for byte. */
    private static final List<List<String>> READINGS = List.of(
            List.of("export", "--format", "tsv", "--entity", "Modena", "--year", "2022"),
            List.of("export", "--format", "json", "--entity", "Modena", "--year", "2022"),
            List.of("export", "--format", "json", "--entity", "Modena", "--year", "2022", "--version", "approved"),
            List.of("score", "--format", "json", "--entity", "Modena", "--year", "2022"),
            List.of("plan", "state", "--entity", "Modena", "--year", "2022"),
            List.of("audit", "verify"),
            List.of("audit", "list", "--format", "csv"),
            List.of("plans"));

    @TempDir
    Path folder;
    CommandLineRun source;

    @BeforeEach
    void aDatabaseWithAYearOfWork() throws Exception {
        source = CommandLineRun.withDemoPlan(folder);
        var values = source.write("valori.csv", """
                code;period;value;reason
                D1.1_10;2022;880;
                31.D1.2.4;2022;12,00;nuovo portale dei certificati
                31.D1.1.2;2022;64;corsi rinviati
                """);
        source.succeeded(with("values", "import", values.toString()));
        source.succeeded(with("values", "set", "31.D1.2.4", "2022", "14,50", "--reason", "dato corretto dall'ufficio"));
        source.succeeded(with("plan", "approve", "--act-number", "12", "--act-date", "31-01-2022"));
        source.succeeded(with("plan", "revise", "--reason", "nuovo obiettivo regionale"));
        source.succeeded(with("policy", "set", "--floor", "60"));
        try (var database = Database.open(source.databaseUrl())) {
            new CommentStore(database.dataSource()).add("Modena", 2022, new Comment(new NodeId(5),
                    "Obiettivo da seguire: il portale è in ritardo", "m.rossi", Instant.parse("2022-07-01T08:00:00Z")),
                    new Actor("m.rossi", "127.0.0.1"));
        }
    }

    private static String[] with(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of(PLAN));
        return all.toArray(String[]::new);
    }

    @Test
    void a_backup_restored_into_an_empty_h2_database_reads_the_same_exports_scores_and_audit_trail() {
        var backup = folder.resolve("copia.traguardi");

        var written = source.run("backup", "--output", backup.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("Copia di sicurezza scritta in «" + backup + "»: ");
        var target = "jdbc:h2:file:" + folder.resolve("ripristino");
        var restored = run(target, "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("Ripristinata la copia «" + backup + "»: ")
                .contains("Registro delle modifiche integro: ");
        assertThat(readings(target)).isEqualTo(readings(source.databaseUrl()));
        assertThat(comments(target)).containsExactly("Obiettivo da seguire: il portale è in ritardo");
    }

    @Test
    void a_backup_of_h2_restores_into_postgresql_and_back_with_the_same_readings() {
        var backup = folder.resolve("da-h2.traguardi");
        source.succeeded("backup", "--output", backup.toString());
        try (var schema = PostgresSchema.create()) {
            var restored = run(schema.url(), "restore", backup.toString());
            assertThat(restored.exitCode()).as(restored.err()).isZero();
            assertThat(readings(schema.url())).isEqualTo(readings(source.databaseUrl()));
            // PostgreSQL's own backup, restored into H2: the same again; and new rows take new ids
            var again = folder.resolve("da-postgresql.traguardi");
            assertThat(run(schema.url(), "backup", "--output", again.toString()).exitCode()).isZero();
            var h2 = "jdbc:h2:file:" + folder.resolve("di-nuovo");
            assertThat(run(h2, "restore", again.toString()).exitCode()).isZero();
            assertThat(readings(h2)).isEqualTo(readings(source.databaseUrl()));
            assertThat(run(schema.url(), with("values", "set", "D1.1_10", "2022", "900", "--reason", "dopo il ripristino"))
                    .exitCode()).isZero();
            assertThat(run(schema.url(), "audit", "verify").out()).contains("integro");
        }
    }

    @Test
    void a_database_that_is_not_empty_is_refused_in_one_line_and_left_as_it_was() throws Exception {
        var backup = folder.resolve("copia.traguardi");
        source.succeeded("backup", "--output", backup.toString());
        var before = readings(source.databaseUrl());

        var refused = source.run("restore", backup.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA);
        // the first table, in the order of restore, that holds rows: no account was made (app_user is
        // empty); the audit trail holds the 78 entries of the import (the plan and the measures its
        // formulas use), of the four values, the approval, the revision and the policy
        assertThat(refused.err()).isEqualTo("la banca dati di destinazione non è vuota (tabella audit_entry: 78 righe):"
                + " il ripristino si fa solo in una banca dati vuota\n");
        assertThat(readings(source.databaseUrl())).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_and_the_database_stays_empty() throws Exception {
        var target = "jdbc:h2:file:" + folder.resolve("vuota");
        var seed = source.write("alberatura.tsv", DemoData.modena2022());
        var cut = folder.resolve("tagliata.traguardi");
        source.succeeded("backup", "--output", folder.resolve("intera.traguardi").toString());
        var whole = Files.readAllBytes(folder.resolve("intera.traguardi"));
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        var notBackup = run(target, "restore", seed.toString());
        var damaged = run(target, "--lang", "en", "restore", cut.toString());
        var missing = run(target, "restore", folder.resolve("nessuna.traguardi").toString());

        assertThat(notBackup.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(notBackup.err()).isEqualTo("«" + seed + "» non è una copia di sicurezza di Traguardi\n");
        assertThat(damaged.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(damaged.err()).isEqualTo("the backup \"" + cut + "\" is incomplete or damaged: nothing was written\n");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).isEqualTo("il file «" + folder.resolve("nessuna.traguardi") + "» non esiste\n");
        assertThat(run(target, "audit", "verify").out()).isEqualTo("Registro delle modifiche integro: nessuna voce.\n");
    }

    @Test
    void a_backup_taken_while_another_process_writes_restores_to_a_consistent_database() throws Exception {
        // two writers in JVMs of their own (values batches, revisions) hold the H2 file; the backup
        // reaches it through H2's automatic server, as a command run beside serve does
        var url = "jdbc:h2:file:" + folder.resolve("in-uso");
        CrashLoop.prepare(url);
        var writers = new ArrayList<Process>();
        var backups = new ArrayList<Path>();
        try {
            for (var operation : List.of("values", "revision")) {
                writers.add(new ProcessBuilder(CrashLoop.command(url, operation))
                        .redirectOutput(folder.resolve(operation + ".out").toFile())
                        .redirectError(folder.resolve(operation + ".err").toFile()).start());
                waitForWrites(writers.getLast(), folder.resolve(operation + ".out"));
            }
            long before = commits(folder.resolve("values.out"));
            for (int i = 0; i < 3; i++) {
                backups.add(folder.resolve("in-corsa-" + i + ".traguardi"));
                var written = run(url, "backup", "--output", backups.getLast().toString());
                assertThat(written.exitCode()).as(written.err()).isZero();
            }
            assertThat(writers).allMatch(Process::isAlive);
            assertThat(commits(folder.resolve("values.out"))).as("values committed while the backups ran")
                    .isGreaterThan(before);
        } finally {
            writers.forEach(Process::destroyForcibly);
            for (var writer : writers) {
                writer.waitFor();
            }
        }
        var seed = CrashLoop.seed(CrashLoop.BASE_YEAR);
        for (var backup : backups) {
            var target = "jdbc:h2:file:" + folder.resolve("da-" + backup.getFileName());
            assertThat(run(target, "restore", backup.toString()).exitCode()).isZero();
            try (var database = Database.open(target)) {
                // every value with its audit entry, every approval with its version: a snapshot, not a blend
                assertThat(CrashChecks.problems(database, seed)).as(backup.toString()).isEmpty();
            }
        }
    }

    private static long commits(Path out) throws java.io.IOException {
        return Files.readAllLines(out).stream().filter("end"::equals).count();
    }

    /** Waits until the writer has committed its first write. */
    private static void waitForWrites(Process writer, Path out) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(out).contains("end")) {
            assertThat(writer.isAlive()).as("the writer runs").isTrue();
            assertThat(System.nanoTime()).as("the writer wrote within two minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** What each reading prints on the database, by reading. */
    private static Map<String, String> readings(String url) {
        var out = new LinkedHashMap<String, String>();
        for (var reading : READINGS) {
            var outcome = run(url, reading.toArray(String[]::new));
            assertThat(outcome.exitCode()).as("%s: %s", reading, outcome.err()).isZero();
            out.put(String.join(" ", reading), outcome.out());
        }
        return out;
    }

    private static List<String> comments(String url) {
        try (var database = Database.open(url)) {
            return new CommentStore(database.dataSource()).of("Modena", 2022, new NodeId(5)).stream()
                    .map(Comment::text).toList();
        }
    }

    private static CommandLineRun.Outcome run(String url, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of("--db", url));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CommandLineRun.Outcome(code, out.toString(), err.toString());
    }
}
