package it.traguardi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The hostile files of issue 7: small ones kept in {@code src/test/resources/hostile/} (each named
 * for what is wrong with it), big ones generated here rather than committed. Every file has the
 * outcome it must have on every channel: accepted, or refused at a line (0: the whole file).
 */
final class HostileCorpus {

    /** A file and what must become of it. {@code line} is the first problem's line when refused. */
    record Case(String name, byte[] bytes, boolean accepted, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCorpus() {
    }

    static Case accepted(String folder, String name) {
        return new Case(name, resource(folder, name), true, -1);
    }

    static Case refused(String folder, String name, int line) {
        return new Case(name, resource(folder, name), false, line);
    }

    /** The alberatura files; the plan they hold is Prova 2022 with one indicator (line 7). */
    static List<Case> alberature() {
        var a = "alberatura";
        return List.of(accepted(a, "valid.tsv"), accepted(a, "crlf-and-bom.tsv"),
                // 10,000 nested parentheses and 1,000 terms in an algorithm: kept as text, no formula derived
                refused(a, "nested-parentheses.tsv", 7), accepted(a, "flat-1000-terms.tsv"),
                refused(a, "empty.tsv", 0), refused(a, "binary.tsv", 3), refused(a, "latin-1.tsv", 4),
                refused(a, "utf-16.tsv", 0), refused(a, "nul-bytes.tsv", 7), refused(a, "wrong-separators.tsv", 2),
                refused(a, "missing-field.tsv", 4),
                refused(a, "year-0.tsv", 1), refused(a, "year-1899.tsv", 1), refused(a, "year-3000.tsv", 1),
                refused(a, "year-99999.tsv", 1), refused(a, "baseline-year-1899.tsv", 3),
                refused(a, "deadline-3000.tsv", 7), refused(a, "date-0001.tsv", 7), refused(a, "decimals-13.tsv", 7),
                refused(a, "digits-27.tsv", 7), refused(a, "digits-41.tsv", 7), refused(a, "exponent.tsv", 7),
                refused(a, "bidi-in-code.tsv", 7), refused(a, "isolate-in-title.tsv", 7),
                refused(a, "del-in-entity.tsv", 1), refused(a, "esc-in-title.tsv", 7),
                refused(a, "lone-cr-in-title.tsv", 7),
                generated("title-2001-characters.tsv", replace(a, "Partecipanti alle iniziative", "T".repeat(2001)), 7),
                generated("code-201-characters.tsv", replace(a, "11.1 - ", "C".repeat(201) + " - "), 7),
                generated("entity-201-characters.tsv", replace(a, "Prova_2022", "E".repeat(201) + "_2022"), 1),
                generated("algorithm-20001-characters.tsv", replace(a, "Partecipanti D1.1_2", "A".repeat(20001)), 7),
                generated("cell-900-KB.tsv", replace(a, "941 N.", "9".repeat(900_000) + " N."), 7),
                generated("rows-100000.tsv", hundredThousandIndicators(), 100_007));
    }

    /** The values files, for the Modena 2022 demo plan; the first problem's line. */
    static List<Case> values() {
        var v = "values";
        return List.of(accepted(v, "valid.csv"), accepted(v, "quoted.csv"),
                refused(v, "empty.csv", 0), refused(v, "binary.csv", 1), refused(v, "latin-1.csv", 3),
                refused(v, "utf-16.csv", 0), refused(v, "nul-bytes.csv", 2), refused(v, "wrong-separators.csv", 1),
                refused(v, "tabs.csv", 1), refused(v, "period-0.csv", 2), refused(v, "period-1899.csv", 2),
                refused(v, "period-3000.csv", 2), refused(v, "period-99999.csv", 2), refused(v, "date-3000.csv", 2),
                refused(v, "iso-date-0001.csv", 2), refused(v, "decimals-13.csv", 2), refused(v, "digits-27.csv", 2),
                refused(v, "digits-41.csv", 2), refused(v, "exponent.csv", 2), refused(v, "bidi-in-code.csv", 2),
                refused(v, "esc-in-value.csv", 2),
                generated("cell-900-KB.csv", utf8("code;period;value\nD1.1_2;2022;" + "9".repeat(900_000) + "\n"), 2),
                generated("rows-100000.csv", hundredThousandValues(), 100_001));
    }

    private static Case generated(String name, byte[] bytes, int line) {
        return new Case(name, bytes, false, line);
    }

    /** valid.tsv with 100,000 indicator rows; the last one has an unreadable weight. */
    private static byte[] hundredThousandIndicators() {
        var text = new StringBuilder(new String(resource("alberatura", "valid.tsv"), StandardCharsets.UTF_8));
        IntStream.range(1, 100_000).forEach(i -> text.append("0,00%\t11.").append(i + 1)
                .append(" - Indicatore\t\t\t\t1 N.\t\t\t≥ 1 N.\t\t\t\n"));
        text.append("0,0x%\t11.0 - Indicatore\t\t\t\t1 N.\t\t\t≥ 1 N.\t\t\t\n");
        return utf8(text.toString());
    }

    /** A values file of 100,000 rows; the last one has an unreadable value. */
    private static byte[] hundredThousandValues() {
        var text = new StringBuilder("code;period;value\n");
        IntStream.range(1, 100_000).forEach(i -> text.append("D1.1_2;2022;").append(i).append('\n'));
        text.append("D1.1_2;2022;uno\n");
        return utf8(text.toString());
    }

    private static byte[] replace(String folder, String from, String to) {
        var text = new String(resource(folder, "valid.tsv"), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("valid.tsv has no " + from);
        }
        return utf8(text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String folder, String name) {
        try (var in = HostileCorpus.class.getResourceAsStream("/hostile/" + folder + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no hostile file " + folder + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
