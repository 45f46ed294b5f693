package it.traguardi.report;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** A report that cannot be made from what was asked (an objective the plan does not have), and why. */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Message problem;

    public ReportException(Message problem) {
        super(Objects.requireNonNull(problem, "problem").key());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
