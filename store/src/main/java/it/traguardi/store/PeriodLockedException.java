package it.traguardi.store;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.validation.PeriodValidation;
import java.util.Objects;

/**
 * A write refused because the period is validated: a value for a locked period, or a second
 * validation of one. Nothing of the write was kept. {@link #reason} says who validated the period
 * and when, in the user's language once rendered.
 */
public final class PeriodLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final int year;
    private final transient PeriodValidation validation;

    public PeriodLockedException(String entity, int year, PeriodValidation validation) {
        super("the period " + validation.period().format() + " of " + entity + " " + year + " was validated by "
                + validation.validatedBy() + " at " + validation.validatedAt());
        this.entity = Objects.requireNonNull(entity, "entity");
        this.year = year;
        this.validation = validation;
    }

    public String entity() {
        return entity;
    }

    public int year() {
        return year;
    }

    public PeriodValidation validation() {
        return validation;
    }

    /** Why: the period, who validated it and when. */
    public Message reason() {
        return validation.refusal();
    }
}
