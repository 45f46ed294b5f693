package it.traguardi.core.formula;

import java.util.List;
import java.util.Objects;

/** What reading a formula gives: the expression, or every problem found in the text. */
public sealed interface ParseResult {

    /** The text is a valid formula. */
    record Parsed(Expr expr) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(expr, "expr");
        }
    }

    /** The text is not a valid formula; the problems are in order of column. */
    record Rejected(List<Problem> problems) implements ParseResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected formula has at least one problem");
            }
        }
    }
}
