package it.traguardi.exchange.alberatura;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.TargetReading;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.SpreadsheetCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * First pass over the lines: title lines, the two header lines of each section, and the data rows
 * with their fields read (each without the text mark of {@link SpreadsheetCell}). Collects every
 * problem instead of stopping at the first.
 */
final class RowScanner {

    private static final Pattern TITLE = Pattern.compile(Pattern.quote(SectionLayout.TITLE_PREFIX) + "(.*?)(?:_(\\d{1,9}))?");
    /** Any run of digits is read as a year, so that 0 or 99999 is refused as out of range rather than unreadable. */
    private static final Pattern YEAR = Pattern.compile("\\d{1,9}");

    /** What the scan found. {@code titleEntity} and {@code titleYear} are null when the title lacks them. */
    record Scan(List<Row> rows, List<Section> sections, List<ImportProblem> problems, List<ImportProblem> notes,
            String titleEntity, Integer titleYear, int firstTitleLine) {
    }

    private enum State { BEFORE_HEADER, YEARS, ROWS }

    /** A header longer than this is named by its start: the name goes into every problem of its column. */
    static final int MAX_COLUMN_NAME = 60;

    private final String file;
    private final ImportProblem.Columns columns;
    private final List<Row> rows = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    /** Cells accepted with a warning on how they were read (docs/notations.md). */
    private final List<ImportProblem> notes = new ArrayList<>();
    private State state = State.BEFORE_HEADER;
    private SectionLayout layout;
    /** The names of the current section's columns, from its header lines; empty before a header. */
    private List<String> columnNames = List.of();
    private int titleLine;
    private int firstTitleLine;
    private String firstTitle;
    private String titleEntity;
    private Integer titleYear;

    /** A scanner of the lines of {@code file}, whose fields are named the way {@code columns} says. */
    RowScanner(String file, ImportProblem.Columns columns) {
        this.file = file;
        this.columns = columns;
    }

    Scan scan(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!line.isBlank()) {
                scanLine(i + 1, line);
            }
        }
        return new Scan(rows, sections, problems, notes, titleEntity, titleYear, firstTitleLine);
    }

    private void scanLine(int n, String line) {
        var fields = Arrays.stream(line.split("\t", -1)).map(SpreadsheetCell::restore).toArray(String[]::new);
        if (line.startsWith(SectionLayout.TITLE_PREFIX)) {
            title(n, line.strip());
        } else if (fields[0].strip().equals(SectionLayout.HEADER_START)) {
            header(n, fields);
        } else if (state == State.YEARS) {
            years(n, fields);
        } else if (state == State.ROWS) {
            row(n, fields);
        } else {
            problem(n, 0, Message.of("import.row.before_header"));
        }
    }

    private void title(int n, String line) {
        columnNames = List.of(); // a new section: the previous header names none of its lines
        var m = TITLE.matcher(line);
        m.matches();
        var entity = m.group(1).strip();
        Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        if (firstTitleLine == 0) {
            firstTitleLine = n;
            firstTitle = line;
            titleEntity = entity.isEmpty() ? null : entity;
            titleYear = year;
        } else if (!line.equals(firstTitle)) {
            problem(n, 1, Message.of("import.title.differs", line));
        }
        titleLine = n;
        state = State.BEFORE_HEADER;
    }

    private void header(int n, String[] fields) {
        layout = SectionLayout.withFields(fields.length).orElse(null);
        columnNames = layout == null ? List.of() : headerNames(fields);
        if (layout == null) {
            problem(n, 0, Message.of("import.header.fields", fields.length));
            state = State.BEFORE_HEADER;
            return;
        }
        if (titleLine == 0) {
            titleLine = n;
        }
        state = State.YEARS;
    }

    private void years(int n, String[] fields) {
        state = State.ROWS;
        if (fields.length != layout.fields()) {
            problem(n, 0, Message.of("import.row.fields", layout.fields(), fields.length));
            // a section without years, so that its rows are skipped as with an unreadable year
            sections.add(new Section(titleLine, layout, List.of(), List.of(), columnNames));
            return;
        }
        var baseline = yearsAt(n, fields, SectionLayout.FIRST_BASELINE);
        var target = yearsAt(n, fields, SectionLayout.FIRST_TARGET);
        columnNames = withYears(columnNames, fields);
        sections.add(new Section(titleLine, layout, baseline, target, columnNames));
    }

    /**
     * The columns named as the header line shows them. A year column with an empty header is named
     * by the header its group starts with ({@code BASE LINE} spans the three columns of the
     * baselines, {@code TARGET} those of the targets).
     */
    private static List<String> headerNames(String[] fields) {
        var names = new ArrayList<String>();
        var group = "";
        for (int i = 0; i < fields.length; i++) {
            var header = columnName(fields[i]);
            boolean yearColumn = i >= SectionLayout.FIRST_BASELINE
                    && i < SectionLayout.FIRST_TARGET + SectionLayout.YEARS_PER_GROUP;
            if (i == SectionLayout.FIRST_BASELINE || i == SectionLayout.FIRST_TARGET) {
                group = header;
            }
            names.add(yearColumn && header.isEmpty() ? group : header);
        }
        return names;
    }

    /** The names of the year columns followed by their year, as the line under the header shows it ({@code TARGET 2022}). */
    private static List<String> withYears(List<String> names, String[] years) {
        var out = new ArrayList<>(names);
        for (int i = SectionLayout.FIRST_BASELINE; i < SectionLayout.FIRST_TARGET + SectionLayout.YEARS_PER_GROUP; i++) {
            var year = columnName(years[i]);
            if (!year.isEmpty()) {
                out.set(i, columnName(out.get(i) + " " + year));
            }
        }
        return out;
    }

    private static String columnName(String cell) {
        var name = cell.strip();
        return name.length() <= MAX_COLUMN_NAME ? name : name.substring(0, MAX_COLUMN_NAME).strip() + "…";
    }

    private List<Integer> yearsAt(int n, String[] fields, int first) {
        var out = new ArrayList<Integer>();
        for (int i = first; i < first + SectionLayout.YEARS_PER_GROUP; i++) {
            var cell = fields[i].strip();
            if (YEAR.matcher(cell).matches() && Limits.plausibleYear(Integer.parseInt(cell))
                    && out.contains(Integer.valueOf(cell))) {
                // two columns of one year: the second would silently overwrite the first's values
                problem(n, i + 1, Message.of("import.header.year.repeated", cell));
            } else if (YEAR.matcher(cell).matches() && Limits.plausibleYear(Integer.parseInt(cell))) {
                out.add(Integer.valueOf(cell));
            } else if (YEAR.matcher(cell).matches()) {
                problem(n, i + 1, Limits.yearProblem(cell));
            } else {
                problem(n, i + 1, Message.of("import.header.year", cell));
            }
        }
        return out;
    }

    private void row(int n, String[] f) {
        if (f.length != layout.fields()) {
            problem(n, 0, Message.of("import.row.fields", layout.fields(), f.length));
            return;
        }
        int before = problems.size();
        var weight = weight(n, f[SectionLayout.WEIGHT]);
        var names = codeAndTitle(f);
        int titleField = layout == SectionLayout.CODE_AND_TITLE_APART ? SectionLayout.TITLE + 1 : SectionLayout.CODE + 1;
        if (names[1].isEmpty()) {
            problem(n, titleField, Message.of("import.row.no_title"));
        }
        text(n, SectionLayout.CODE + 1, Limits.Text.CODE, names[0]);
        text(n, titleField, Limits.Text.TITLE, names[1]);
        text(n, SectionLayout.ALGORITHM + 1, Limits.Text.ALGORITHM, f[SectionLayout.ALGORITHM].strip());
        var section = sections.getLast();
        if (section.baselineYears().size() < SectionLayout.YEARS_PER_GROUP
                || section.targetYears().size() < SectionLayout.YEARS_PER_GROUP) {
            return; // the header's years were already reported
        }
        var baselines = new TreeMap<Integer, Value>();
        var targets = new TreeMap<Integer, Target>();
        var written = new TreeMap<Integer, String>();
        for (int k = 0; k < SectionLayout.YEARS_PER_GROUP; k++) {
            int baselineYear = section.baselineYears().get(k);
            int targetYear = section.targetYears().get(k);
            cell(n, f, SectionLayout.FIRST_BASELINE + k, ItalianFormat::parseValue, v -> baselines.put(baselineYear, v));
            int field = SectionLayout.FIRST_TARGET + k + 1;
            cell(n, f, field - 1, text -> target(n, field, text), reading -> {
                targets.put(targetYear, reading.value());
                reading.written().ifPresent(w -> written.put(targetYear, w));
            });
        }
        if (problems.size() == before) {
            rows.add(new Row(n, sections.size(), weight, names[0], names[1], f[SectionLayout.ALGORITHM].strip(),
                    baselines, targets, written));
        }
    }

    private void text(int n, int field, Limits.Text limit, String text) {
        limit.problem(text).ifPresent(message -> problem(n, field, message));
    }

    private <T> void cell(int n, String[] f, int i, Function<String, T> parse, Consumer<T> store) {
        if (f[i].isBlank()) {
            return;
        }
        try {
            store.accept(parse.apply(f[i]));
        } catch (InvalidValueException e) {
            problem(n, i + 1, e.problem());
        }
    }

    private TargetReading target(int n, int field, String text) {
        var reading = ItalianFormat.readTarget(text);
        reading.warnings().forEach(w -> notes.add(at(n, field, w)));
        return reading;
    }

    private Weight weight(int n, String text) {
        try {
            return ItalianFormat.parseWeight(text);
        } catch (InvalidValueException e) {
            problem(n, SectionLayout.WEIGHT + 1, text.isBlank() ? Message.of("import.row.no_weight") : e.problem());
            return Weight.ZERO;
        }
    }

    /** Code and title: apart in the 11-field layout, {@code code - title} in the 12-field one. */
    private String[] codeAndTitle(String[] f) {
        if (layout == SectionLayout.CODE_AND_TITLE_APART) {
            var code = f[SectionLayout.CODE].strip();
            var title = f[SectionLayout.TITLE].strip();
            return title.isEmpty() && isMarker(code) ? new String[] {"", code} : new String[] {code, title};
        }
        var both = f[SectionLayout.CODE].strip();
        int dash = both.indexOf(SectionLayout.CODE_SEPARATOR);
        return dash < 0 ? new String[] {"", both}
                : new String[] {both.substring(0, dash).strip(), both.substring(dash + SectionLayout.CODE_SEPARATOR.length()).strip()};
    }

    private static boolean isMarker(String text) {
        return text.equals(SectionLayout.INDICATORS_MARKER) || text.equals(SectionLayout.OPERATIONAL_MARKER);
    }

    private void problem(int line, int field, Message message) {
        problems.add(at(line, field, message));
    }

    /** A problem at a line and field, the field named by the current section's header. */
    private ImportProblem at(int line, int field, Message message) {
        var name = field >= 1 && field <= columnNames.size() ? columnNames.get(field - 1) : "";
        return new ImportProblem(file, line, field, name, columns, message);
    }
}
