package it.traguardi.web.api;

/** Stops an API handler with a problem to answer; {@link ApiRoutes} writes it. */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient ProblemDetail problem;

    ProblemException(ProblemDetail problem) {
        super(problem.kind() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    ProblemDetail problem() {
        return problem;
    }
}
