package it.traguardi.web.values;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.Snapshot;
import it.traguardi.core.measure.ValueSlot;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Unit;
import java.util.List;
import java.util.Optional;

/**
 * What the entry page asks a value for: the plan's {@link ValueSlot}s (every measure of the entity's
 * catalog and of the plan's formulas, then every indicator without a formula), one row each.
 */
final class EntryRows {

    /** One thing a value can be entered for, with what its row shows. */
    record Spec(String id, String code, String label, String description, Unit unit, ValueTarget target) {
    }

    private final List<Spec> specs;

    EntryRows(Plan plan, List<Measure> catalog) {
        this.specs = ValueSlot.of(plan, catalog).stream().map(slot -> switch (slot) {
            case ValueSlot.OfMeasure m -> measure(m.measure());
            case ValueSlot.OfIndicator i -> indicator(i.indicator());
        }).toList();
    }

    List<Spec> all() {
        return specs;
    }

    /** The row a form posted, by the code it carries. */
    Optional<Spec> find(String code) {
        return specs.stream().filter(s -> s.code().equals(code == null ? "" : code.strip())).findFirst();
    }

    /** The row with the period's current value in its field, or the text and problems just posted. */
    static EntryRow row(Spec spec, Snapshot snapshot, Messages m, Posted posted) {
        var value = snapshot.latest().get(spec.target());
        var current = value == null ? "" : ShownFormat.of(value);
        var scores = snapshot.affectedBy(spec.target()).stream()
                .map(i -> ScoreView.of(i.code(), snapshot.score(i), m)).toList();
        var input = posted == null || posted.saved() ? current : posted.value();
        var reason = posted == null || posted.saved() ? "" : posted.reason();
        var problems = posted == null ? List.<String>of() : posted.problems();
        var unit = spec.unit() == Unit.UNSPECIFIED ? "" : spec.unit().symbol();
        return new EntryRow(spec.id(), spec.code(), spec.label(), spec.description(), unit, current, input, reason,
                problems, scores, posted != null && posted.saved());
    }

    /** What a row's form sent, and what became of it. */
    record Posted(String value, String reason, List<String> problems, boolean saved, boolean locked) {
    }

    private static Spec measure(Measure m) {
        return new Spec("mis-" + htmlId(m.code()), m.code(), m.code(), m.description(), m.unit(),
                ValueTarget.measure(m.code()));
    }

    private static Spec indicator(Indicator i) {
        return new Spec("ind-" + i.id().value(), "#" + i.id().value(), i.code() + " - " + i.title(), "",
                i.definition().unit(), ValueTarget.indicator(i.id()));
    }

    /** Codes hold dots and other signs; the hash keeps two codes that differ only there apart. */
    private static String htmlId(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + Integer.toHexString(code.hashCode());
    }
}
