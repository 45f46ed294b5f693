package it.traguardi.exchange.alberatura;

/**
 * What the user states instead of the title line: the entity, the year, or both. A null field
 * means "as the file's title says".
 */
public record Overrides(String entity, Integer year) {

    public static final Overrides NONE = new Overrides(null, null);

    public Overrides {
        if (entity != null && entity.isBlank()) {
            entity = null;
        }
    }
}
