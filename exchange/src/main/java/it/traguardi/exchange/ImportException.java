package it.traguardi.exchange;

import java.util.List;

/** A file that cannot be imported; lists every problem found, so the user can mend them all at once. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
