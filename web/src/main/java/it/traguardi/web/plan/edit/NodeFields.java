package it.traguardi.web.plan.edit;

import it.traguardi.core.formula.MeasureCatalog;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.TargetReading;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of one node as typed in a form or sent to the API, in Italian format: {@code code},
 * {@code title}, {@code weight} ({@code 30,00} or {@code 30,00%}), and for indicators
 * {@code algorithm}, {@code formula}, {@code unit} (a {@link Unit} name), {@code source},
 * {@code owner}, {@code baseline.<year>} for the plan's baseline years and {@code target.<year>} for
 * its target years (empty: none), read with the import's own functions ({@code ItalianFormat.parseValue},
 * {@code ItalianFormat.readTarget}) and limits; a target keeps its text as typed where that is not
 * the file form of its reading ({@code almeno 90%}). A year outside the plan is refused. A field left
 * out keeps its value. Every field is read before anything changes: the problems come all together.
 */
public final class NodeFields {

    private static final Map<String, Limits.Text> TEXTS = Map.of("code", Limits.Text.CODE, "title", Limits.Text.TITLE,
            "algorithm", Limits.Text.ALGORITHM, "source", Limits.Text.SOURCE, "owner", Limits.Text.OWNER);

    private final Map<String, String> fields;
    private final Messages m;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    private NodeFields(Map<String, String> fields, Messages m) {
        this.fields = fields;
        this.m = m;
    }

    /** The plan with the node changed, or {@link FieldProblemsException} with every problem. */
    public static Plan apply(Plan plan, NodeId id, Map<String, String> fields, MeasureCatalog catalog, Messages m) {
        var reader = new NodeFields(fields, m);
        var node = PlanEdits.node(plan, id);
        var weight = reader.weight(node);
        var code = fields.getOrDefault("code", node.code());
        var title = fields.getOrDefault("title", node.title());
        if (title.isBlank()) {
            reader.problem("title", m.get("plan.edit.title-missing"));
        }
        reader.problems.putAll(texts(fields, m));
        var definition = node instanceof Indicator i ? reader.definition(plan, i.definition(), catalog) : null;
        if (!reader.problems.isEmpty()) {
            throw new FieldProblemsException(reader.problems);
        }
        var changed = PlanEdits.edit(plan, id, code, title, weight);
        return definition == null ? changed : PlanEdits.define(changed, id, definition);
    }

    /**
     * What the target fields given were read as where the reading is looser than the writing
     * ({@code > 90%} read as {@code ≥ 90%}, a number without unit, an ambiguous number), by field
     * ({@code target.<year>}), as the import lists them. A field that cannot be read at all is not
     * here: {@link #apply} refuses it.
     */
    public static Map<String, List<String>> warnings(Plan plan, Map<String, String> fields, Messages m) {
        var out = new LinkedHashMap<String, List<String>>();
        for (var year : plan.targetYears()) {
            var text = fields.get("target." + year);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                var reading = ItalianFormat.readTarget(text);
                reading.warnings().forEach(w -> out.computeIfAbsent("target." + year, f -> new ArrayList<>()).add(m.render(w)));
            } catch (InvalidValueException e) {
                // refused by apply, with the problem under the field
            }
        }
        return out;
    }

    /**
     * The problems of the text fields given ({@code code}, {@code title}, {@code algorithm}) against
     * {@link Limits}: too long, or with characters a name cannot hold. Empty when they can be saved.
     */
    public static Map<String, List<String>> texts(Map<String, String> fields, Messages m) {
        var out = new LinkedHashMap<String, List<String>>();
        TEXTS.forEach((field, limit) -> {
            var text = fields.get(field);
            if (text != null) {
                limit.problem(text.strip()).ifPresent(p -> out.computeIfAbsent(field, f -> new ArrayList<>()).add(m.render(p)));
            }
        });
        return out;
    }

    /** A weight as typed: {@code 30}, {@code 30,5}, {@code 30,00%}. */
    public static Weight parseWeight(String text) {
        var t = text.strip();
        return ItalianFormat.parseWeight(t.endsWith("%") ? t : t + "%");
    }

    private Weight weight(PlanNode node) {
        var text = fields.get("weight");
        if (text == null) {
            return node.weight();
        }
        try {
            return parseWeight(text);
        } catch (InvalidValueException e) {
            problem("weight", m.render(e.problem()));
            return node.weight();
        }
    }

    private IndicatorDefinition definition(Plan plan, IndicatorDefinition old, MeasureCatalog catalog) {
        var unit = unit(old.unit());
        var formula = old.formula();
        if (fields.containsKey("formula")) {
            var review = FormulaReview.of(fields.get("formula"), catalog, m);
            review.problems().forEach(p -> problem("formula", p));
            formula = review.canonical();
        }
        var readings = new TreeMap<Integer, TargetReading>();
        for (var year : plan.targetYears()) {
            perYear("target.", year, readings, ItalianFormat::readTarget);
        }
        var targets = new TreeMap<>(old.targets());
        var written = new TreeMap<>(old.writtenTargets());
        for (var year : plan.targetYears()) {
            typedTarget(year, readings, targets, written);
        }
        var baselines = new TreeMap<>(old.baselines());
        for (var year : plan.baselineYears()) {
            perYear("baseline.", year, baselines, ItalianFormat::parseValue);
        }
        yearsOutside("baseline.", plan.baselineYears());
        yearsOutside("target.", plan.targetYears());
        return new IndicatorDefinition(fields.getOrDefault("algorithm", old.algorithm()), unit, baselines, targets,
                fields.getOrDefault("source", old.dataSource()), fields.getOrDefault("owner", old.owner()), formula,
                written);
    }

    /**
     * The target of a year as typed: absent keeps the target and its writing, blank removes both,
     * a text read replaces both (the writing kept when it is not the file form of its reading).
     */
    private void typedTarget(int year, Map<Integer, TargetReading> readings, Map<Integer, Target> targets,
            Map<Integer, String> written) {
        var text = fields.get("target." + year);
        if (text == null) {
            return;
        }
        written.remove(year);
        targets.remove(year);
        var reading = readings.get(year);
        if (reading != null) {
            targets.put(year, reading.value());
            reading.written().ifPresent(w -> written.put(year, w));
        }
    }

    /**
     * The {@code <prefix><year>} field read into {@code byYear} as the import reads it: absent
     * keeps what there is, blank removes the year, anything else is parsed or told under its name.
     */
    private <T> void perYear(String prefix, int year, Map<Integer, T> byYear, CellReading<T> parse) {
        var name = prefix + year;
        var text = fields.get(name);
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            byYear.remove(year);
            return;
        }
        try {
            byYear.put(year, parse.read(text));
        } catch (InvalidValueException e) {
            problem(name, m.render(e.problem()));
        }
    }

    /** A reading of one cell, as {@link ItalianFormat} does it. */
    @FunctionalInterface
    private interface CellReading<T> {
        T read(String text);
    }

    /** A {@code baseline.<year>} or {@code target.<year>} field whose year the plan does not hold. */
    private void yearsOutside(String prefix, List<Integer> years) {
        var allowed = years.stream().map(String::valueOf).toList();
        fields.keySet().stream().filter(f -> f.startsWith(prefix))
                .filter(f -> !allowed.contains(f.substring(prefix.length())))
                .forEach(f -> problem(f, m.get("web.edit.year.outside", f.substring(prefix.length()),
                        String.join(", ", allowed))));
    }

    private Unit unit(Unit old) {
        var text = fields.get("unit");
        if (text == null) {
            return old;
        }
        try {
            return Unit.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problem("unit", m.get("web.edit.unit.invalid", text));
            return old;
        }
    }

    private void problem(String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
