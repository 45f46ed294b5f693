package it.traguardi.core.transfer;

import java.util.List;

/** A full plan that cannot be taken in: every problem found, each with its JSON path; nothing was stored. */
public final class TransferException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<TransferProblem> problems;

    public TransferException(List<TransferProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.getFirst().path() + " "
                + problems.getFirst().message().key());
        this.problems = List.copyOf(problems);
    }

    public List<TransferProblem> problems() {
        return problems;
    }
}
