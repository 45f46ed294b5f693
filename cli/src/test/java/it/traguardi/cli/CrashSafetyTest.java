package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.Database;
import it.traguardi.store.PostgresSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 12, item 4). Two child JVMs ({@link CrashLoop}) repeat two of the four
 * writes (a plan import, a values batch, a plan copy, a revision) on one database and are killed
 * with SIGKILL at the same random moment; the database is then opened again (migrations, H2's
 * recovery of its file) and {@link CrashChecks} must find nothing wrong. Fifty kills on H2 and fifty
 * on PostgreSQL, a hundred in all, spread evenly over the four operations: each costs a JVM start,
 * which is what the suite's time allows ({@code -Dtraguardi.crash.kills=100} kills a hundred times
 * on each database); the test prints where each kill landed.
 */
class CrashSafetyTest {

    /** The pairs of operations run side by side, in turn: each operation meets each other one. */
    private static final List<List<String>> PAIRS = List.of(List.of("import", "values"), List.of("copy", "revision"),
            List.of("import", "copy"), List.of("values", "revision"), List.of("import", "revision"),
            List.of("values", "copy"));
    private static final int KILLS = Integer.getInteger("traguardi.crash.kills", 50);
    /** The longest wait between the children's first write and the kill: a few rounds of the slowest operation. */
    private static final int LONGEST_DELAY_MS = 600;

    @TempDir
    Path folder;

    @Test
    void killing_writers_on_h2_leaves_every_plan_whole_or_absent_and_the_audit_in_agreement() throws Exception {
        killRepeatedly("jdbc:h2:file:" + folder.resolve("crash"));
    }

    @Test
    void killing_writers_on_postgresql_leaves_every_plan_whole_or_absent_and_the_audit_in_agreement()
            throws Exception {
        try (var schema = PostgresSchema.create()) {
            killRepeatedly(schema.url());
        }
    }

    private void killRepeatedly(String url) throws Exception {
        CrashLoop.prepare(url);
        var seed = CrashLoop.seed(CrashLoop.BASE_YEAR);
        var random = new Random();
        var phases = new TreeMap<String, Integer>();
        for (int cycle = 0; cycle * 2 < KILLS; cycle++) {
            var pair = PAIRS.get(cycle % PAIRS.size());
            for (var phase : killTogether(url, pair, random.nextInt(LONGEST_DELAY_MS), cycle)) {
                phases.merge(phase, 1, Integer::sum);
            }
            // H2 judges the lock file of a dead process stale once it is two seconds old; but for
            // one cycle in ten the test spares that wait by removing it (both children are dead)
            if (cycle % 10 != 0) {
                Files.deleteIfExists(folder.resolve("crash.lock.db"));
            }
            try (var database = Database.open(url)) {
                assertThat(CrashChecks.problems(database, seed)).as("after cycle %d (%s): %s", cycle, pair, phases)
                        .isEmpty();
            }
        }
        System.out.println("Kills on " + url.substring(0, url.indexOf(':', 5)) + ": " + phases);
        assertThat(phases.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(KILLS);
        // the kills must land inside writes, not only between them: a fifth of them at least
        assertThat(during(phases)).as("kills during a write, of %d: %s", KILLS, phases).isGreaterThanOrEqualTo(KILLS / 5);
    }

    private static int during(Map<String, Integer> phases) {
        return phases.entrySet().stream().filter(e -> e.getKey().endsWith("during a write"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Starts a child per operation, waits until all are ready, lets them run {@code delayMs}, kills them. */
    private List<String> killTogether(String url, List<String> operations, int delayMs, int cycle)
            throws IOException, InterruptedException {
        var children = new ArrayList<Process>();
        var outs = new ArrayList<Path>();
        try {
            for (var operation : operations) {
                var out = folder.resolve("child-" + cycle + "-" + operation + ".out");
                outs.add(out);
                children.add(new ProcessBuilder(CrashLoop.command(url, operation)).redirectOutput(out.toFile())
                        .redirectError(folder.resolve("child-" + cycle + "-" + operation + ".err").toFile()).start());
            }
            // the random moment is counted from the first write of each, so that the kills land in the
            // writes and between them rather than in the JVM's start, which writes nothing
            for (int i = 0; i < children.size(); i++) {
                waitUntilWriting(children.get(i), outs.get(i));
            }
            Thread.sleep(delayMs);
            for (int i = 0; i < children.size(); i++) {
                assertThat(children.get(i).isAlive()).as("child %s still running: %s", outs.get(i),
                        Files.readString(Path.of(outs.get(i).toString().replace(".out", ".err")))).isTrue();
            }
        } finally {
            children.forEach(Process::destroyForcibly);
            for (var child : children) {
                child.waitFor(30, TimeUnit.SECONDS);
            }
        }
        var phases = new ArrayList<String>();
        for (int i = 0; i < operations.size(); i++) {
            phases.add(operations.get(i) + " " + phase(outs.get(i)));
        }
        return phases;
    }

    /** Where the child was: inside a write (its last word {@code begin}), between two, or before its first. */
    private static String phase(Path out) throws IOException {
        var lines = Files.readAllLines(out);
        return switch (lines.isEmpty() ? "" : lines.getLast()) {
            case "begin" -> "during a write";
            case "end" -> "between writes";
            default -> "before the first write";
        };
    }

    private static void waitUntilWriting(Process child, Path out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(out).contains("begin")) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child did not begin to write: "
                        + Files.readString(Path.of(out.toString().replace(".out", ".err"))));
            }
            Thread.sleep(10);
        }
    }
}
