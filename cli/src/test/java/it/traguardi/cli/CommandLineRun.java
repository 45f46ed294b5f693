package it.traguardi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.exchange.DemoData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line against one H2 file database, capturing what it prints. */
final class CommandLineRun {

    record Outcome(int exitCode, String out, String err) {
    }

    private final Path folder;

    CommandLineRun(Path folder) {
        this.folder = folder;
    }

    /** A run on a database that holds the Modena 2022 demo plan, imported through the command line. */
    static CommandLineRun withDemoPlan(Path folder) throws IOException {
        var run = new CommandLineRun(folder);
        var seed = run.write(DemoData.MODENA_2022, DemoData.modena2022());
        var imported = run.run("import", seed.toString());
        if (imported.exitCode() != 0) {
            throw new AssertionError("the demo plan did not import: " + imported.err());
        }
        return run;
    }

    /** The folder of the database and of the files written for the run. */
    Path folder() {
        return folder;
    }

    String databaseUrl() {
        return "jdbc:h2:file:" + folder.resolve("db");
    }

    Outcome run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of("--db", databaseUrl()));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * Runs a command the test relies on having worked (a step, not the behaviour under test); when
     * it did not, fails at that step with the command, its exit code and what it printed on stderr,
     * instead of at a later assertion on an output that cannot say why it is wrong.
     */
    Outcome succeeded(String... args) {
        var outcome = run(args);
        if (outcome.exitCode() != 0) {
            throw new AssertionError(String.join(" ", args) + " exited with " + outcome.exitCode() + ": "
                    + outcome.err());
        }
        return outcome;
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** The root node (the entity) of {@code score --format json} for the plan; fails the test if the command fails. */
    JsonNode scores(String entity, int year, String... more) throws IOException {
        var args = new ArrayList<>(List.of("score", "--format", "json", "--entity", entity, "--year",
                String.valueOf(year)));
        args.addAll(List.of(more));
        var outcome = run(args.toArray(String[]::new));
        if (outcome.exitCode() != 0) {
            throw new AssertionError("score failed: " + outcome.err());
        }
        return new ObjectMapper().readTree(outcome.out()).get("root");
    }

    /** The first node with this code in a score tree, depth first. */
    static JsonNode find(JsonNode node, String code) {
        if (code.equals(node.get("code").asText())) {
            return node;
        }
        for (var child : node.get("children")) {
            var found = find(child, code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
