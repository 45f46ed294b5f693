package it.traguardi.store;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/**
 * The plan cannot be changed this way in its state: an approved or published plan is changed only
 * through a revision (rimodulazione), a closed plan is only read. {@link #reason()} says which, in
 * any language; nothing was changed.
 */
public final class PlanFrozenException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final int year;
    private final transient Message reason;

    public PlanFrozenException(String entity, int year, Message reason) {
        super("the plan of " + entity + " for " + year + " cannot be changed: " + reason.key());
        this.entity = Objects.requireNonNull(entity, "entity");
        this.year = year;
        this.reason = reason;
    }

    public String entity() {
        return entity;
    }

    public int year() {
        return year;
    }

    public Message reason() {
        return reason;
    }
}
