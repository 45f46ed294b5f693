package it.traguardi.exchange.alberatura;

import it.traguardi.core.formula.AlgorithmReading;
import it.traguardi.core.formula.Reading;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Second pass: gives each row its level (docs/file-formats.md, "The level of a row") and builds
 * the tree. An objective row followed by a marker is an OS, one followed by indicators an OO, one
 * followed by an OS an area (and one followed by an OO an OO without indicators).
 */
final class TreeBuilder {

    enum Level { AREA, OS, OO, INDICATOR, INDICATORS_MARKER, OPERATIONAL_MARKER }

    record Tree(List<StrategicArea> areas, Map<NodeId, Integer> lines) {
    }

    private final String file;
    private final List<Section> sections;
    private final ImportProblem.Columns columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<NodeId, Integer> lines = new HashMap<>();
    private final List<AreaDraft> areas = new ArrayList<>();
    private int nextId = 1;
    private AreaDraft area;
    private OsDraft os;
    private OoDraft oo;
    private Level group;

    /** A builder of the rows of {@code sections} (a row's section is 1-based), whose problems name their field as {@code columns} says. */
    TreeBuilder(String file, List<Section> sections, ImportProblem.Columns columns) {
        this.file = file;
        this.sections = List.copyOf(sections);
        this.columns = columns;
    }

    Tree build(List<Row> rows) throws ImportException {
        var levels = classify(rows);
        for (int i = 0; i < rows.size(); i++) {
            place(rows.get(i), levels.get(i));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new Tree(areas.stream().map(AreaDraft::build).toList(), lines);
    }

    static List<Level> classify(List<Row> rows) {
        var levels = new Level[rows.size()];
        for (int i = rows.size() - 1; i >= 0; i--) {
            levels[i] = switch (rows.get(i).shape()) {
                case INDICATORS_MARKER -> Level.INDICATORS_MARKER;
                case OPERATIONAL_MARKER -> Level.OPERATIONAL_MARKER;
                case INDICATOR -> Level.INDICATOR;
                case OBJECTIVE -> i + 1 < rows.size() ? objectiveBefore(levels[i + 1]) : Level.OO;
            };
        }
        return List.of(levels);
    }

    private static Level objectiveBefore(Level next) {
        return switch (next) {
            case INDICATORS_MARKER, OPERATIONAL_MARKER -> Level.OS;
            case INDICATOR, OO -> Level.OO;
            case OS, AREA -> Level.AREA;
        };
    }

    private void place(Row row, Level level) {
        switch (level) {
            case AREA -> {
                area = new AreaDraft(node(row), row);
                areas.add(area);
                os = null;
                oo = null;
            }
            case OS -> placeObjective(row);
            case INDICATORS_MARKER, OPERATIONAL_MARKER -> placeMarker(row, level);
            case OO -> placeOperational(row);
            case INDICATOR -> placeIndicator(row);
        }
    }

    private void placeObjective(Row row) {
        if (area == null) {
            problem(row, "import.tree.os_without_area");
            return;
        }
        os = new OsDraft(node(row), row);
        area.objectives.add(os);
        oo = null;
        group = null;
    }

    private void placeMarker(Row row, Level marker) {
        if (os == null) {
            problem(row, "import.tree.marker_without_os");
            return;
        }
        group = marker;
        oo = null;
        if (marker == Level.INDICATORS_MARKER) {
            os.indicatorGroupWeight = row.weight();
        } else {
            os.operationalGroupWeight = row.weight();
        }
    }

    private void placeOperational(Row row) {
        if (os == null || group != Level.OPERATIONAL_MARKER) {
            problem(row, "import.tree.oo_outside_group");
            return;
        }
        oo = new OoDraft(node(row), row);
        os.operational.add(oo);
    }

    private void placeIndicator(Row row) {
        var indicator = indicator(row);
        if (os != null && group == Level.INDICATORS_MARKER) {
            os.indicators.add(indicator);
        } else if (oo != null && group == Level.OPERATIONAL_MARKER) {
            oo.indicators.add(indicator);
        } else {
            problem(row, "import.tree.indicator_outside_group");
        }
    }

    private Indicator indicator(Row row) {
        var unit = Stream.concat(row.targets().values().stream().map(t -> t.unit()),
                        row.baselines().values().stream().map(v -> v.unit()))
                .filter(u -> u != Unit.UNSPECIFIED).findFirst().orElse(Unit.UNSPECIFIED);
        var definition = IndicatorDefinition.of(row.algorithm(), unit, row.baselines(), row.targets())
                .withFormula(derivedFormula(row.algorithm())).withWrittenTargets(row.writtenTargets());
        return new Indicator(node(row), row.code(), row.title(), row.weight(), definition);
    }

    /** The formula the algorithm's codes give unambiguously, or empty for a person to write. */
    private static String derivedFormula(String algorithm) {
        return switch (AlgorithmReading.read(algorithm)) {
            case Reading.Derived derived -> derived.formulaText();
            case Reading.NeedsPerson unreadable -> "";
        };
    }

    private NodeId node(Row row) {
        var id = new NodeId(nextId++);
        lines.put(id, row.line());
        return id;
    }

    /** A row out of place, named in the field of its code and title (field 2). */
    private void problem(Row row, String key) {
        int field = SectionLayout.CODE + 1;
        problems.add(new ImportProblem(file, row.line(), field, sections.get(row.section() - 1).columnName(field), columns,
                Message.of(key, row.title())));
    }

    private static final class AreaDraft {
        final NodeId id;
        final Row row;
        final List<OsDraft> objectives = new ArrayList<>();

        AreaDraft(NodeId id, Row row) {
            this.id = id;
            this.row = row;
        }

        StrategicArea build() {
            return new StrategicArea(id, row.code(), row.title(), row.weight(),
                    objectives.stream().map(OsDraft::build).toList());
        }
    }

    private static final class OsDraft {
        final NodeId id;
        final Row row;
        Weight indicatorGroupWeight = Weight.ZERO;
        Weight operationalGroupWeight = Weight.ZERO;
        final List<Indicator> indicators = new ArrayList<>();
        final List<OoDraft> operational = new ArrayList<>();

        OsDraft(NodeId id, Row row) {
            this.id = id;
            this.row = row;
        }

        StrategicObjective build() {
            return new StrategicObjective(id, row.code(), row.title(), row.weight(), indicatorGroupWeight,
                    indicators, operationalGroupWeight, operational.stream().map(OoDraft::build).toList());
        }
    }

    private static final class OoDraft {
        final NodeId id;
        final Row row;
        final List<Indicator> indicators = new ArrayList<>();

        OoDraft(NodeId id, Row row) {
            this.id = id;
            this.row = row;
        }

        OperationalObjective build() {
            return new OperationalObjective(id, row.code(), row.title(), row.weight(), indicators);
        }
    }
}
