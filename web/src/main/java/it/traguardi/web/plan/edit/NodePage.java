package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;
import java.util.Map;

/**
 * The model of {@code plan/edit/node.jte}: one node's form, with the values shown (as stored, or as
 * typed when they could not be saved), the problems by field, and what changed meanwhile when the
 * plan moved on since the form was loaded; after a save whose targets were read more loosely than
 * typed, the notice that it was saved ({@code saved}, else empty) and those readings by field.
 */
public record NodePage(Layout layout, String editHref, String action, int version, String kind, boolean indicator,
        Map<String, String> values, List<Option> units, List<String> baselineYears, List<String> targetYears, Map<String, List<String>> problems,
        Stale stale, String formulaCheck, String moveAction, List<Option> moveTargets, String saved,
        Map<String, List<String>> readings) {

    public NodePage {
        values = Map.copyOf(values);
        units = List.copyOf(units);
        baselineYears = List.copyOf(baselineYears);
        targetYears = List.copyOf(targetYears);
        problems = Map.copyOf(problems);
        moveTargets = List.copyOf(moveTargets);
        readings = Map.copyOf(readings);
    }

    /** How a saved target field was read where looser than typed ({@code > 90%} as {@code ≥ 90%}); empty otherwise. */
    public List<String> reading(String field) {
        return readings.getOrDefault(field, List.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<String> errors(String field) {
        return problems.getOrDefault(field, List.of());
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    /** A choice in a drop-down. */
    public record Option(String value, String label, boolean selected) {
    }
}
