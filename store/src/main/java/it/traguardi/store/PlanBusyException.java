package it.traguardi.store;

/**
 * Another operation was writing the same plan at the same moment, and the database could not let
 * both through (a lock that waited too long, or two writers that would overwrite each other).
 * Nothing of this operation was kept; trying again reads the plan as the other left it.
 */
public final class PlanBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final int year;

    public PlanBusyException(String entity, int year, Throwable cause) {
        super("the plan of " + entity + " for " + year + " was being changed by another operation", cause);
        this.entity = entity;
        this.year = year;
    }

    public String entity() {
        return entity;
    }

    public int year() {
        return year;
    }
}
