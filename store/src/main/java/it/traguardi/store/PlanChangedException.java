package it.traguardi.store;

import java.util.Optional;

/**
 * The stored plan is no longer the version the caller expected: someone replaced or deleted it
 * meanwhile. Nothing was changed; {@link #current()} is the version stored now, if any.
 */
public final class PlanChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final int year;
    private final int expected;
    private final Integer current;

    public PlanChangedException(String entity, int year, int expected, Optional<Integer> current) {
        super("the plan of " + entity + " for " + year + " is no longer version " + expected + " (now "
                + current.map(String::valueOf).orElse("deleted") + ")");
        this.entity = entity;
        this.year = year;
        this.expected = expected;
        this.current = current.orElse(null);
    }

    public String entity() {
        return entity;
    }

    public int year() {
        return year;
    }

    public int expected() {
        return expected;
    }

    /** The version stored now; empty when the plan is no longer stored. */
    public Optional<Integer> current() {
        return Optional.ofNullable(current);
    }
}
