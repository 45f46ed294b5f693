package it.traguardi.core.lifecycle;

import java.util.List;

/** A lifecycle request whose fields are wrong (a missing act number, a bad date, no reason); nothing was changed. */
public final class LifecycleInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public LifecycleInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message().key()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
