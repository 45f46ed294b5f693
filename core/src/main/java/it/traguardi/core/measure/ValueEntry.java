package it.traguardi.core.measure;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Inserimento di un valore: reading one value written by a person, a CSV row or an API client
 * (code, period, value, reason) into a record for the plan. Every field is checked and every
 * problem kept, so that a file is reported whole. Every way in (the data-entry page, the API, the
 * command line, a CSV file) reads values here, so the rules of a value hold for all of them: among
 * them the comment rule, a value that leaves an indicator short of its target says why
 * (docs/domain.md, "The comment on a missed target"), judged against the situation of the value's
 * period before it.
 */
public final class ValueEntry {

    /** A problem with one field of an entry: {@code code}, {@code period}, {@code value} or {@code reason}. */
    public record FieldProblem(String field, Message problem) {
        public FieldProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final ValueCodes codes;
    private final int year;
    private final Instant now;
    private final String recordedBy;
    private final Function<Period, Snapshot> situation;
    private final Map<Period, Snapshot> situations = new HashMap<>();

    private ValueEntry(ValueCodes codes, int year, Instant now, String recordedBy,
            Function<Period, Snapshot> situation) {
        this.codes = codes;
        this.year = year;
        this.now = Objects.requireNonNull(now, "now");
        this.recordedBy = recordedBy;
        this.situation = Objects.requireNonNull(situation, "situation");
    }

    /**
     * Entries for a plan and its entity's measure catalog, recorded at {@code now} by the system,
     * for a plan with no values recorded yet and the default scoring rules.
     */
    public static ValueEntry forPlan(Plan plan, Collection<Measure> catalog, Instant now) {
        return forPlan(plan, catalog, now,
                period -> Snapshot.of(plan, period, ScoringPolicy.defaults(), PolicyOverrides.none(), Map.of()));
    }

    /**
     * Entries for a plan whose recorded values and rules give {@code situation} for a period: a
     * new value is judged against it (each period is asked once).
     */
    public static ValueEntry forPlan(Plan plan, Collection<Measure> catalog, Instant now,
            Function<Period, Snapshot> situation) {
        return forPlan(plan, catalog, now, situation, ValueRecord.SYSTEM);
    }

    /** As {@link #forPlan(Plan, Collection, Instant, Function)}, the records made by {@code author}. */
    public static ValueEntry forPlan(Plan plan, Collection<Measure> catalog, Instant now,
            Function<Period, Snapshot> situation, String author) {
        return new ValueEntry(new ValueCodes(plan, catalog), plan.year(), now, Objects.requireNonNull(author, "author"),
                situation);
    }

    /** The codes this entry resolves. */
    public ValueCodes codes() {
        return codes;
    }

    /** The record, or empty with the problems of each field added to {@code problems}. */
    public Optional<ValueRecord> read(String code, String period, String value, String reason,
            List<FieldProblem> problems) {
        var found = new ArrayList<FieldProblem>();
        var target = switch (codes.resolve(code)) {
            case ValueCodes.Resolution.Found f -> f;
            case ValueCodes.Resolution.Unresolved r -> {
                found.add(new FieldProblem("code", r.reason()));
                yield null;
            }
        };
        var when = period(period, found).orElse(null);
        Value parsed = null;
        try {
            parsed = ItalianFormat.parseEntered(value, target == null ? Unit.UNSPECIFIED : target.unit());
        } catch (InvalidValueException e) {
            found.add(new FieldProblem("value", e.problem()));
        }
        Limits.Text.REASON.problem(reason.strip()).ifPresent(p -> found.add(new FieldProblem("reason", p)));
        if (found.isEmpty()) {
            var record = new ValueRecord(target.target(), when, parsed, now, recordedBy, reason);
            situations.computeIfAbsent(when, situation).reasonProblem(record)
                    .ifPresent(p -> found.add(new FieldProblem("reason", p)));
            if (found.isEmpty()) {
                return Optional.of(record);
            }
        }
        problems.addAll(found);
        return Optional.empty();
    }

    private Optional<Period> period(String text, List<FieldProblem> problems) {
        try {
            return Optional.of(Period.parseIn(text, year));
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("period", e.problem()));
            return Optional.empty();
        }
    }
}
