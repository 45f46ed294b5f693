package it.traguardi.web.api;

/** Stops an API handler with a problem to answer; {@link ApiRoutes} writes it. */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.kind() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
