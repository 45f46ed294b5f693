package it.traguardi.exchange.alberatura;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Limits;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.TextFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an "Alberatura della pianificazione" exported by Integra (docs/file-formats.md): both
 * section layouts, entity and year from the title line unless overridden, the level of each row
 * from order and content. Either the whole plan is read, or an {@link ImportException} lists every problem.
 */
public final class AlberaturaReader {

    /** The anomalies an import reports; the other checks belong to {@code check}. */
    private static final Set<FindingKind> IMPORT_WARNINGS = EnumSet.of(FindingKind.WEIGHT_SUM,
            FindingKind.DUPLICATE_CODE, FindingKind.MISSING_CODE, FindingKind.ALGORITHM_UNREADABLE);

    private AlberaturaReader() {
    }

    public static AlberaturaImport read(String file, byte[] bytes, Overrides overrides) throws ImportException {
        return read(file, TextFile.lines(file, bytes), overrides);
    }

    /** The plan of a TSV's lines, each a row of tab-separated fields; problems name the fields by number and header. */
    public static AlberaturaImport read(String file, List<String> lines, Overrides overrides) throws ImportException {
        return read(file, lines, ImportProblem.Columns.NUMBERED, overrides);
    }

    /**
     * The plan of the lines of an alberatura, each a row of tab-separated fields (a TSV's lines, or
     * the rows of a spreadsheet's plan sheet, line n being row n, so that problems name its row),
     * whose problems and warnings name a field as {@code columns} says: by number in a text file,
     * by letter in a spreadsheet; by its header too, wherever the section has one.
     */
    public static AlberaturaImport read(String file, List<String> lines, ImportProblem.Columns columns,
            Overrides overrides) throws ImportException {
        var scan = new RowScanner(file, columns).scan(lines);
        var problems = new ArrayList<>(scan.problems());
        var entity = overrides.entity() != null ? overrides.entity() : scan.titleEntity();
        var year = overrides.year() != null ? overrides.year() : scan.titleYear();
        if (entity == null || year == null) {
            var key = scan.firstTitleLine() == 0 ? "import.title.missing"
                    : entity == null ? "import.title.no_entity" : "import.title.no_year";
            problems.add(new ImportProblem(file, scan.firstTitleLine(), scan.firstTitleLine() == 0 ? 0 : 1, "", columns,
                    Message.of(key)));
        }
        problems.addAll(planProblems(file, columns, entity, year, overrides, scan));
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        if (problems.isEmpty() && scan.rows().isEmpty()) {
            problems.add(new ImportProblem(file, 0, 0, Message.of("import.rows.none")));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        var tree = new TreeBuilder(file, scan.sections(), columns).build(scan.rows());
        var plan = new Plan(entity, year, years(scan.sections(), true), years(scan.sections(), false), tree.areas());
        var warnings = new ArrayList<Finding>(sectionYearWarnings(scan.sections()));
        warnings.addAll(notationWarnings(scan.notes(), tree.lines()));
        PlanCheck.check(plan).stream().filter(f -> IMPORT_WARNINGS.contains(f.kind())).forEach(warnings::add);
        return new AlberaturaImport(plan, warnings, tree.lines());
    }

    /**
     * Problems found in the cells of the lines before they are read (a spreadsheet's formulas, for
     * one), each field named by the header of its section as this reader's own problems name it;
     * a problem with no such header keeps its own.
     */
    public static List<ImportProblem> named(List<ImportProblem> problems, List<String> lines) {
        var sections = new RowScanner("", ImportProblem.Columns.NUMBERED).scan(lines).sections();
        return problems.stream().map(p -> sections.stream().filter(s -> s.titleLine() <= p.line())
                .reduce((first, second) -> second).map(s -> s.columnName(p.field())).filter(h -> !h.isEmpty())
                .map(p::withHeader).orElse(p)).toList();
    }

    /**
     * What keeps the entity, the year or the years of the sections from being stored: checked here
     * so that the file is refused with its line, never by the model or the database later. A
     * problem of an override has no line (it is not in the file).
     */
    private static List<ImportProblem> planProblems(String file, ImportProblem.Columns columns, String entity,
            Integer year, Overrides overrides, RowScanner.Scan scan) {
        var out = new ArrayList<ImportProblem>();
        if (entity != null) {
            int line = overrides.entity() != null ? 0 : scan.firstTitleLine();
            Limits.Text.ENTITY.problem(entity.strip()).ifPresent(m -> out.add(new ImportProblem(file, line, 1, "", columns, m)));
        }
        if (year != null && !Limits.plausibleYear(year)) {
            int line = overrides.year() != null ? 0 : scan.firstTitleLine();
            out.add(new ImportProblem(file, line, 1, "", columns, Limits.yearProblem(year.toString())));
        }
        for (var baseline : List.of(true, false)) {
            int count = years(scan.sections(), baseline).size();
            if (count > Limits.PLAN_YEARS) {
                out.add(new ImportProblem(file, 0, 0, Message.of("limit.plan-years",
                        Message.of(baseline ? "limit.plan-years.baseline" : "limit.plan-years.target"), count,
                        Limits.PLAN_YEARS)));
            }
        }
        return out;
    }

    private static List<Integer> years(List<Section> sections, boolean baseline) {
        var out = new TreeSet<Integer>();
        sections.forEach(s -> out.addAll(baseline ? s.baselineYears() : s.targetYears()));
        return List.copyOf(out);
    }

    private static List<Finding> sectionYearWarnings(List<Section> sections) {
        var out = new ArrayList<Finding>();
        var first = sections.getFirst();
        for (var section : sections.subList(1, sections.size())) {
            if (!section.baselineYears().equals(first.baselineYears())) {
                out.add(new Finding(FindingKind.BASELINE_YEARS_DIFFER, List.of(), Message.of(
                        "check.baseline_years_differ", section.titleLine(), join(section.baselineYears()),
                        join(first.baselineYears()))));
            }
        }
        return out;
    }

    /** Targets accepted with a warning on their reading, with line, field (as the problems name it) and the indicator they belong to. */
    private static List<Finding> notationWarnings(List<ImportProblem> notes, Map<NodeId, Integer> lines) {
        var nodeAt = new HashMap<Integer, NodeId>();
        lines.forEach((node, line) -> nodeAt.put(line, node));
        return notes.stream().map(note -> new Finding(FindingKind.TARGET_NOTATION,
                nodeAt.containsKey(note.line()) ? List.of(nodeAt.get(note.line())) : List.of(),
                Message.of("check.target_notation", note.line(),
                        ImportProblem.fieldPlace(note.field(), note.header(), note.columns()), note.message()))).toList();
    }

    private static String join(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
