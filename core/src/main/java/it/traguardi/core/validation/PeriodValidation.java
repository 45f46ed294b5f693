package it.traguardi.core.validation;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.ShownFormat;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Validazione del periodo: the valutatore (OIV) validated the values of a plan's period, with
 * optional remarks. While it stands the period is locked: no new value and no correction is
 * recorded for it (docs/domain.md, Validation of a period). A reopening (riapertura), with its
 * reason, ends it; the validation stays in the history.
 */
public record PeriodValidation(Period period, String validatedBy, Instant validatedAt, String remarks, State state) {

    /** Whether the validation still locks its period, or was reopened, by whom, when and why. */
    public sealed interface State {
    }

    /** The period is locked. */
    public record Standing() implements State {
    }

    /** The validation was ended by a reopening. */
    public record Reopened(String by, Instant at, String reason) implements State {
        public Reopened {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static final State STANDING = new Standing();

    public PeriodValidation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(validatedBy, "validatedBy");
        Objects.requireNonNull(validatedAt, "validatedAt");
        remarks = Objects.requireNonNull(remarks, "remarks").strip();
        Objects.requireNonNull(state, "state");
    }

    /** Whether the validation locks its period. */
    public boolean locks() {
        return state instanceof Standing;
    }

    /** Why a value for the period is refused: who validated it and when. */
    public Message refusal() {
        return Message.of("period.locked", period.format(), validatedBy, ShownFormat.moment(validatedAt));
    }

    /** What is wrong with the remarks written with a validation, if anything (they may be empty). */
    public static Optional<Message> remarksProblem(String remarks) {
        return Limits.Text.COMMENT.problem(remarks.strip());
    }

    /** What is wrong with the reason of a reopening, if anything: it is required. */
    public static Optional<Message> reasonProblem(String reason) {
        if (reason.isBlank()) {
            return Optional.of(Message.of("period.reopen.reason-missing"));
        }
        return Limits.Text.REASON.problem(reason.strip());
    }
}
