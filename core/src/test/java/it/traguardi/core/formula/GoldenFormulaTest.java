package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.traguardi.core.i18n.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the golden files in {@code src/test/resources/formula} (the format is in its README.md). */
class GoldenFormulaTest {

    /** One case: the lines of a block, by key; a key may repeat ({@code reason}, {@code error}). */
    private record Case(String file, int line, Map<String, List<String>> fields) {
        String one(String key) {
            var values = fields.getOrDefault(key, List.of());
            if (values.size() != 1) {
                throw new IllegalStateException(this + ": expected one '" + key + "' line");
            }
            return values.getFirst();
        }

        List<String> all(String key) {
            return fields.getOrDefault(key, List.of());
        }

        String name() {
            return file + ":" + line + "  " + one("formula");
        }
    }

    @TestFactory
    Stream<DynamicTest> valid_formulas_evaluate_as_their_golden_file_says() throws IOException {
        var cases = cases("valid");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> checkValid(c)));
    }

    @TestFactory
    Stream<DynamicTest> invalid_formulas_report_the_problems_their_golden_file_says() throws IOException {
        var cases = cases("invalid");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> checkInvalid(c)));
    }

    private static void checkValid(Case c) {
        var formula = c.one("formula");
        Expr expr = switch (Parser.parse(formula)) {
            case ParseResult.Parsed parsed -> parsed.expr();
            case ParseResult.Rejected rejected -> throw new AssertionError("rejected: " + rejected.problems());
        };
        var canonical = c.all("canonical").isEmpty() ? formula : c.one("canonical");
        assertThat(Printer.print(expr)).as("canonical text").isEqualTo(canonical);
        assertThat(Parser.parse(canonical)).as("canonical text reads back").isEqualTo(new ParseResult.Parsed(expr));
        var result = Evaluator.evaluate(expr, MeasureValues.of(values(c.all("values"))));
        var expected = c.one("expect");
        switch (result) {
            case Evaluation.Computed value -> {
                assertThat(expected).as("expected N/D, got " + value.number()).isNotEqualTo("N/D");
                assertThat(value.number()).isEqualByComparingTo(new BigDecimal(expected));
            }
            case Evaluation.NotAvailable notAvailable -> {
                assertThat(expected).as("got N/D " + notAvailable.reasons()).isEqualTo("N/D");
                assertThat(notAvailable.reasons().stream().map(GoldenFormulaTest::written).toList())
                        .isEqualTo(c.all("reason"));
            }
        }
    }

    private static void checkInvalid(Case c) {
        switch (Parser.parse(c.one("formula"))) {
            case ParseResult.Parsed parsed -> fail("accepted as " + Printer.print(parsed.expr()));
            case ParseResult.Rejected rejected -> assertThat(rejected.problems().stream()
                    .map(p -> p.column() + " " + written(p.message())).toList()).isEqualTo(c.all("error"));
        }
    }

    /** A message as the golden files write it: the key, then the arguments separated by " | ". */
    private static String written(Message message) {
        var args = message.args().stream().map(String::valueOf).collect(Collectors.joining(" | "));
        return args.isEmpty() ? message.key() : message.key() + " " + args;
    }

    private static Map<String, BigDecimal> values(List<String> lines) {
        var values = new HashMap<String, BigDecimal>();
        for (var line : lines) {
            for (var pair : line.split(";")) {
                int equals = pair.lastIndexOf('=');
                values.put(pair.substring(0, equals).strip(), new BigDecimal(pair.substring(equals + 1).strip()));
            }
        }
        return values;
    }

    private static List<Case> cases(String folder) throws IOException {
        Path root;
        try {
            root = Path.of(GoldenFormulaTest.class.getResource("/formula/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (var files = Files.list(root)) {
            var cases = new ArrayList<Case>();
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                cases.addAll(parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
            return cases;
        }
    }

    /** Blocks separated by blank lines; {@code key: value} lines; {@code #} starts a comment line. */
    private static List<Case> parse(String file, List<String> lines) {
        var cases = new ArrayList<Case>();
        Map<String, List<String>> fields = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            var line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                if (!fields.isEmpty()) {
                    cases.add(new Case(file, start, fields));
                }
                fields = new HashMap<>();
            } else if (!line.startsWith("#")) {
                if (fields.isEmpty()) {
                    start = i + 1;
                }
                int colon = line.indexOf(':');
                var value = line.substring(colon + 1);
                fields.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>())
                        .add(value.startsWith(" ") ? value.substring(1) : value);
            }
        }
        return cases;
    }
}
