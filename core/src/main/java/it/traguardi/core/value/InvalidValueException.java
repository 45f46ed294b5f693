package it.traguardi.core.value;

import it.traguardi.core.i18n.Message;

/** A text that cannot be read as a value, a target or a weight; the message says why, in any language. */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Message problem;

    public InvalidValueException(Message problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
