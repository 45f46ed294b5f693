package it.traguardi.exchange.values;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * File dei valori: a CSV {@code code;period;value} (one header line, {@code ;} separated, fields
 * optionally quoted) checked whole, so that every bad row is reported with its line and field and
 * nothing is written until the file is clean.
 */
public final class ValuesCsv {

    public static final String HEADER = "code;period;value";

    /**
     * One problem of the file: its 1-based line, the field ({@code code}, {@code period},
     * {@code value}, or empty for the whole line) and what is wrong.
     */
    public record LineProblem(int line, String field, Message problem) {
        public LineProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(problem, "problem");
        }

        public boolean wholeLine() {
            return field.isEmpty();
        }
    }

    /** What a file gives: the records of its good rows, and the problems of the others. */
    public record Reading(List<ValueRecord> records, List<LineProblem> problems) {
        public Reading {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private ValuesCsv() {
    }

    /** Reads the lines of a file (the header first) into records, with every problem found. */
    public static Reading read(List<String> lines, ValueEntry entry) {
        if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
            return new Reading(List.of(), List.of(new LineProblem(1, "", Message.of("values.import.empty"))));
        }
        if (!lines.getFirst().strip().equalsIgnoreCase(HEADER)) {
            return new Reading(List.of(), List.of(new LineProblem(1, "", Message.of("values.import.header", HEADER))));
        }
        var records = new ArrayList<ValueRecord>();
        var problems = new ArrayList<LineProblem>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                row(lines.get(i), i + 1, entry, records, problems);
            }
        }
        return new Reading(records, problems);
    }

    private static void row(String line, int number, ValueEntry entry, List<ValueRecord> records,
            List<LineProblem> problems) {
        var fields = line.split(";", -1);
        if (fields.length != 3) {
            problems.add(new LineProblem(number, "", Message.of("values.import.columns", fields.length)));
            return;
        }
        var found = new ArrayList<ValueEntry.FieldProblem>();
        entry.read(unquote(fields[0]), unquote(fields[1]), unquote(fields[2]), "", found).ifPresent(records::add);
        found.forEach(p -> problems.add(new LineProblem(number, p.field(), p.problem())));
    }

    private static String unquote(String field) {
        var f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
    }
}
