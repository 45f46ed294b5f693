package it.traguardi.web.report;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/**
 * A report that cannot be made from what the request asked (a period that is no period or not of
 * the plan's year, a period with no value, an objective the plan does not have), with the status it
 * is answered with (400 for a request that is wrong, 404 for what is not there) and why.
 */
public final class ReportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Message problem;

    ReportRefusedException(int status, Message problem) {
        super(Objects.requireNonNull(problem, "problem").key());
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Message problem() {
        return problem;
    }
}
