package it.traguardi.core.plan;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** A change that cannot be made to a plan, told as a message for the person who asked for it. */
public final class PlanEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Message reason;

    public PlanEditException(Message reason) {
        super(Objects.requireNonNull(reason, "reason").key() + " " + reason.args(), null, false, false);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
