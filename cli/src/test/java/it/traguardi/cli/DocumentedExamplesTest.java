package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.exchange.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example command of the README and of the guides in {@code docs/} runs exactly as written,
 * in the order a reader meets it, and succeeds. A document starts on an empty embedded database, as
 * a new installation does; a code block that points {@code TRAGUARDI_DB} elsewhere starts a new
 * one. The files the examples name are given to them: the demo alberatura under each name an
 * alberatura has in the text, and a small values file for each values file. {@code serve}, which
 * blocks, does what it does before listening (the demo plan on an empty database). Commands that
 * cannot run as written (a placeholder) are listed in {@link #NOT_RUNNABLE} with the
 * reason, and the list is checked against the documents so that it cannot grow stale.
 */
class DocumentedExamplesTest {

    /** The documents whose examples are run: the README, then the user guide. */
    private static final List<String> DOCUMENTS = List.of("README.md", "docs/guida-rapida.md");

    /** Commands that a reader adapts before running, with why each is not run here. */
    private static final Map<String, String> NOT_RUNNABLE = Map.of(
            "./traguardi [--db JDBC_URL] [--db-pool N] [--lang it|en] COMMAND", "the synopsis, with placeholders",
            "./traguardi values set ... --reason TESTO", "a placeholder: values set runs in ValuesAndScoreTest",
            "./traguardi score --entity Modena --year 2022 [--period 2022-06-30]",
            "the optional part in brackets; both forms are in the README's examples");

    private static final String SERVE = "./traguardi serve";

    private static final Pattern INLINE = Pattern.compile("`(\\./traguardi [^`]+)`");

    private static final String VALUES_JUNE = """
            code;period;value;reason
            D1.1_10;2023-06-30;440;a metà anno
            31.D1.1.2;2023-06-30;40;a metà anno
            """;

    private static final String VALUES_YEAR = """
            code;period;value;reason
            D1.1_10;2022;880;
            301.50;2022;13.147.300.000;
            """;

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> every_example_command_runs_as_written_and_succeeds() throws IOException {
        var tests = new ArrayList<DynamicTest>();
        for (var document : DOCUMENTS) {
            var examples = examples(read(document));
            var databases = new int[] {0};
            for (var example : examples) {
                if (example.newDatabase()) {
                    databases[0]++;
                }
                if (!example.command().startsWith("./traguardi ") || NOT_RUNNABLE.containsKey(example.command())) {
                    continue;
                }
                var run = new CommandLineRun(Files.createDirectories(
                        folder.resolve(document.replace('/', '_') + "-" + databases[0])));
                if (example.command().equals(SERVE)) {
                    // serve blocks until stopped (BesideTheServerTest runs it in a process of its own):
                    // here it does what it does before listening, the demo plan on an empty database
                    tests.add(DynamicTest.dynamicTest(document + ": " + SERVE + " (the demo plan)", () -> {
                        try (var database = it.traguardi.store.Database.open(run.databaseUrl())) {
                            var plans = Cli.store(database);
                            if (plans.list().isEmpty()) {
                                ServeCommand.loadDemo(plans);
                            }
                            assertThat(plans.list()).isNotEmpty();
                        }
                    }));
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(document + ": " + example.command(), () -> {
                    var args = arguments(example.command(), run);
                    var outcome = run.run(args.toArray(String[]::new));
                    assertThat(outcome.exitCode()).as("%s%n%s", example.command(), outcome.err()).isZero();
                }));
            }
        }
        assertThat(tests).as("examples found").hasSizeGreaterThanOrEqualTo(15);
        return tests.stream();
    }

    @Test
    void every_command_left_out_is_still_in_a_document_so_the_list_cannot_grow_stale() throws IOException {
        var documented = new ArrayList<String>();
        for (var document : DOCUMENTS) {
            examples(read(document)).forEach(e -> documented.add(e.command()));
        }
        assertThat(documented).containsAll(NOT_RUNNABLE.keySet());
    }

    @Test
    void the_examples_are_read_from_code_blocks_and_from_inline_code_broken_across_lines() {
        var text = """
                Prima `./traguardi values detached --entity Modena --year
                2022` poi:

                ```sh
                export TRAGUARDI_DB='jdbc:postgresql://x'
                ./traguardi plans
                ```
                """;

        assertThat(examples(text)).containsExactly(
                new Example("export TRAGUARDI_DB='jdbc:postgresql://x'", true),
                new Example("./traguardi plans", false),
                new Example("./traguardi values detached --entity Modena --year 2022", false));
    }

    /** One command of a document, and whether it starts a new database (a block that sets TRAGUARDI_DB). */
    record Example(String command, boolean newDatabase) {
    }

    /** The commands of a document: the lines of its shell code blocks, then its inline code spans. */
    static List<Example> examples(String text) {
        var found = new ArrayList<Example>();
        var prose = new StringBuilder();
        boolean inBlock = false;
        for (var line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (inBlock) {
                var command = line.strip();
                if (!command.isEmpty()) {
                    found.add(new Example(command, command.startsWith("export TRAGUARDI_DB=")));
                }
            } else {
                prose.append(line).append(' ');
            }
        }
        var inline = INLINE.matcher(prose);
        while (inline.find()) {
            found.add(new Example(inline.group(1).strip().replaceAll("\\s+", " "), false));
        }
        return found;
    }

    /** The words of a command after {@code ./traguardi}, as a shell splits them; file names lead into the folder. */
    private List<String> arguments(String command, CommandLineRun run) throws IOException {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.substring("./traguardi ".length()).toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        var args = new ArrayList<String>();
        for (var w : words) {
            args.add(w.matches("[\\w.-]+\\.(tsv|csv|json)") ? file(w, run).toString() : w);
        }
        return args;
    }

    /** The file an example names, written in the run's folder the first time. */
    private static Path file(String name, CommandLineRun run) throws IOException {
        var contents = new LinkedHashMap<String, byte[]>();
        var seed = DemoData.modena2022();
        contents.put("alberatura-2022.tsv", seed);
        contents.put("alberatura-corretta.tsv", seed);
        contents.put("alberatura-2023.tsv", new String(seed, StandardCharsets.UTF_8)
                .replace("Modena_2022", "Modena_2023").getBytes(StandardCharsets.UTF_8));
        contents.put("valori-30-giugno.csv", VALUES_JUNE.getBytes(StandardCharsets.UTF_8));
        contents.put("valori.csv", VALUES_YEAR.getBytes(StandardCharsets.UTF_8));
        var existing = run.folder().resolve(name);
        if (Files.exists(existing) || name.endsWith(".json")) {
            return existing;
        }
        assertThat(contents).as("a file for the example's %s", name).containsKey(name);
        return run.write(name, contents.get(name));
    }

    private static String read(String document) throws IOException {
        // the tests run in the cli module's folder; the documents are at the repository's root
        return Files.readString(Path.of("..").resolve(document));
    }
}
