package it.traguardi.exchange.values;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.exchange.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * File dei valori: a CSV {@code code;period;value}, or {@code code;period;value;reason} (one header
 * line, {@code ;} separated, fields optionally quoted) checked whole, so that every bad row is
 * reported with its line and field and nothing is written until the file is clean. The reason is
 * the last field and may itself contain {@code ;}. Each row is read by {@link ValueEntry}, so a row
 * whose value leaves an indicator short of its target without a reason is refused like the
 * data-entry page refuses it (field {@code reason}).
 */
public final class ValuesCsv {

    public static final String HEADER = "code;period;value";
    /** The header of a file whose rows say why, in a fourth field. */
    public static final String HEADER_WITH_REASON = HEADER + ";reason";
    /** The fields in the order of the header. */
    private static final List<String> FIELDS = List.of(HEADER_WITH_REASON.split(";"));

    /**
     * One problem of the file: its 1-based line, the field ({@code code}, {@code period},
     * {@code value}, {@code reason}, or empty for the whole line), the column it is in as the file
     * shows it (1-based, 0 for none, with its header: {@code campo 3 («value»)} in the CSV,
     * {@code colonna E («Valore»)} in the template) and what is wrong.
     */
    public record LineProblem(int line, String field, int column, String header, ImportProblem.Columns columns,
            Message problem) {
        public LineProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(problem, "problem");
        }

        /** A problem of a field of the CSV, in the column the header gives that field. */
        public LineProblem(int line, String field, Message problem) {
            this(line, field, FIELDS.indexOf(field) + 1, field, ImportProblem.Columns.NUMBERED, problem);
        }

        public boolean wholeLine() {
            return field.isEmpty();
        }

        /** The problem as a problem of {@code file} (or of its sheet), whose place is worded as every import words it. */
        public ImportProblem in(String file) {
            return new ImportProblem(file, line, column, header, columns, problem);
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
        var header = lines.getFirst().strip();
        boolean withReason = header.equalsIgnoreCase(HEADER_WITH_REASON);
        if (!withReason && !header.equalsIgnoreCase(HEADER)) {
            return new Reading(List.of(), List.of(new LineProblem(1, "", Message.of("values.import.header", HEADER))));
        }
        var records = new ArrayList<ValueRecord>();
        var problems = new ArrayList<LineProblem>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                row(lines.get(i), i + 1, withReason, entry, records, problems);
            }
        }
        return new Reading(records, problems);
    }

    private static void row(String line, int number, boolean withReason, ValueEntry entry,
            List<ValueRecord> records, List<LineProblem> problems) {
        var fields = withReason ? line.split(";", 4) : line.split(";", -1);
        if (fields.length != (withReason ? 4 : 3)) {
            problems.add(new LineProblem(number, "", Message.of("values.import.columns", fields.length)));
            return;
        }
        var reason = withReason ? unquote(fields[3]) : "";
        row(number, new String[] {unquote(fields[0]), unquote(fields[1]), unquote(fields[2]), reason}, entry, records,
                problems);
    }

    /**
     * One row of a file (code, period, value, reason), read as every values file reads it: the CSV
     * and the spreadsheet template. Its record is added to {@code records}, else its problems, at
     * {@code line}, to {@code problems}.
     */
    public static void row(int line, String[] cells, ValueEntry entry, List<ValueRecord> records,
            List<LineProblem> problems) {
        var found = new ArrayList<ValueEntry.FieldProblem>();
        entry.read(cells[0], cells[1], cells[2], cells[3], found).ifPresent(records::add);
        found.forEach(p -> problems.add(new LineProblem(line, p.field(), p.problem())));
    }

    private static String unquote(String field) {
        var f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
    }
}
