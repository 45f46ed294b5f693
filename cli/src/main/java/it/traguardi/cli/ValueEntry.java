package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.store.Database;
import it.traguardi.store.MeasureStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading one value as a person or a CSV row writes it (code, period, value) into a record for the
 * plan: every field is checked and every problem kept, so that a file is reported whole.
 */
final class ValueEntry {

    /** A problem with one field of an entry: {@code code}, {@code period} or {@code value}. */
    record FieldProblem(String field, Message problem) {
    }

    private final ValueCodes codes;
    private final int year;
    private final Instant now;

    private ValueEntry(ValueCodes codes, int year, Instant now) {
        this.codes = codes;
        this.year = year;
        this.now = now;
    }

    /** Entries for a stored plan, its measure catalog, recorded now (to the microsecond, as stored). */
    static ValueEntry forPlan(Database database, Plan plan) {
        var catalog = new MeasureStore(database.dataSource()).list(plan.entity());
        return new ValueEntry(new ValueCodes(plan, catalog), plan.year(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The record, or empty with the problems of each field added to {@code problems}. */
    Optional<ValueRecord> read(String code, String period, String value, String reason, List<FieldProblem> problems) {
        var found = new ArrayList<FieldProblem>();
        var target = switch (codes.resolve(code)) {
            case ValueCodes.Resolution.Found f -> f;
            case ValueCodes.Resolution.Refused r -> {
                found.add(new FieldProblem("code", r.reason()));
                yield null;
            }
        };
        var when = period(period, found);
        Value parsed = null;
        try {
            parsed = ItalianFormat.parseEntered(value, target == null ? Unit.UNSPECIFIED
                    : target.unit());
        } catch (InvalidValueException e) {
            found.add(new FieldProblem("value", e.problem()));
        }
        problems.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ValueRecord(target.target(), when, parsed, now, ValueRecord.SYSTEM, reason));
    }

    private Period period(String text, List<FieldProblem> problems) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", Message.of("values.period.invalid", text.strip())));
            return null;
        }
        if (period.year() != year) {
            problems.add(new FieldProblem("period", Message.of("values.period.outside", period.format(), year)));
            return null;
        }
        return period;
    }
}
