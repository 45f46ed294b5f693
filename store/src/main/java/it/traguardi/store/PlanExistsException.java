package it.traguardi.store;

/** A plan for the same entity and year is already stored, and the caller did not ask to replace it. */
public final class PlanExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final int year;

    public PlanExistsException(String entity, int year) {
        super("a plan of " + entity + " for " + year + " is already stored; save it with replace to overwrite it");
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
