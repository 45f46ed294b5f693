package it.traguardi.core.account;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Limits;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assignment as a person writes it (the command line's options, the API's fields, the page's
 * form): a login and exactly one of an indicator (its code; when several indicators share it, its
 * path {@code area/OS/OO/code} or its id {@code #12}, as {@link ValueCodes} reads them), a measure's
 * code or an organisational unit. Read against the
 * plan, so an indicator is kept by its identity; every refusal names its {@link Field}.
 */
public final class AssignmentText {

    /** The parts of an assignment as written, each named by its interface (option or JSON field). */
    public enum Field { USER, INDICATOR, MEASURE, OWNER }

    /** The assignment read, or the first thing wrong with it. */
    public sealed interface Reading {
        record Accepted(Assignment assignment) implements Reading {
            public Accepted {
                Objects.requireNonNull(assignment, "assignment");
            }
        }

        record Refused(Field field, Message problem) implements Reading {
            public Refused {
                Objects.requireNonNull(field, "field");
                Objects.requireNonNull(problem, "problem");
            }
        }
    }

    private AssignmentText() {
    }

    /** Reads the assignment; an absent part is {@code ""}. */
    public static Reading read(Plan plan, String user, String indicator, String measure, String owner) {
        var login = user.strip();
        var given = new ArrayList<Field>();
        if (!indicator.isBlank()) {
            given.add(Field.INDICATOR);
        }
        if (!measure.isBlank()) {
            given.add(Field.MEASURE);
        }
        if (!owner.isBlank()) {
            given.add(Field.OWNER);
        }
        if (login.isEmpty()) {
            return new Reading.Refused(Field.USER, Message.of("assign.user.missing"));
        }
        var problem = Limits.Text.LOGIN.problem(login);
        if (problem.isPresent()) {
            return new Reading.Refused(Field.USER, problem.get());
        }
        if (given.size() != 1) {
            return new Reading.Refused(given.isEmpty() ? Field.INDICATOR : given.get(1),
                    Message.of("assign.scope.one"));
        }
        return switch (given.getFirst()) {
            case USER -> throw new IllegalStateException("the user is not a scope");
            case INDICATOR -> indicator(plan, login, indicator.strip());
            case MEASURE -> scoped(plan, login, Field.MEASURE, Limits.Text.MEASURE_CODE, measure.strip());
            case OWNER -> scoped(plan, login, Field.OWNER, Limits.Text.OWNER, owner.strip());
        };
    }

    private static Reading indicator(Plan plan, String login, String code) {
        var problem = Limits.Text.CODE.problem(code);
        if (problem.isPresent()) {
            return new Reading.Refused(Field.INDICATOR, problem.get());
        }
        var found = plan.indicators().filter(i -> i.code().equals(code)).toList();
        if (found.isEmpty() && new ValueCodes(plan, List.of()).resolve(code) instanceof ValueCodes.Resolution.Found f
                && f.target() instanceof ValueTarget.OfIndicator byPathOrId) {
            return accepted(plan, login, new Assignment.Scope.OfIndicator(byPathOrId.id()));
        }
        if (found.size() != 1) {
            return new Reading.Refused(Field.INDICATOR, Message.of(found.isEmpty() ? "assign.indicator.unknown"
                    : "assign.indicator.ambiguous", code, plan.entity(), Integer.toString(plan.year()), found.size()));
        }
        return accepted(plan, login, new Assignment.Scope.OfIndicator(found.getFirst().id()));
    }

    private static Reading scoped(Plan plan, String login, Field field, Limits.Text limit, String text) {
        Optional<Message> problem = limit.problem(text);
        if (problem.isPresent()) {
            return new Reading.Refused(field, problem.get());
        }
        return accepted(plan, login, field == Field.MEASURE ? new Assignment.Scope.OfMeasure(text)
                : new Assignment.Scope.OfOwner(text));
    }

    private static Reading accepted(Plan plan, String login, Assignment.Scope scope) {
        return new Reading.Accepted(new Assignment(plan.entity(), plan.year(), login, scope));
    }

    /** The scope as written back to a person: the indicator's code (or its id when gone), the measure's code, the unit. */
    public static String describe(Plan plan, Assignment.Scope scope) {
        return switch (scope) {
            case Assignment.Scope.OfIndicator i -> plan.indicator(i.id()).map(n -> n.code()).orElse(i.id().toString());
            case Assignment.Scope.OfMeasure m -> m.code();
            case Assignment.Scope.OfOwner o -> o.owner();
        };
    }
}
