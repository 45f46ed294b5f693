package it.traguardi.store;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** A lifecycle transition not allowed from the plan's state (publishing a draft, closing a revised plan); nothing changed. */
public final class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final int year;
    private final transient Message reason;

    public TransitionRefusedException(String entity, int year, Message reason) {
        super("the plan of " + entity + " for " + year + ": " + reason.key() + " " + reason.args());
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
