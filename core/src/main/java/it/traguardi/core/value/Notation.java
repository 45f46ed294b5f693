package it.traguardi.core.value;

/** How a comparison target was written: with the symbols {@code ≥ ≤} or with {@code >= <=}. */
public enum Notation {
    SYMBOL("≥", "≤"),
    ASCII(">=", "<=");

    private final String atLeast;
    private final String atMost;

    Notation(String atLeast, String atMost) {
        this.atLeast = atLeast;
        this.atMost = atMost;
    }

    public String atLeast() {
        return atLeast;
    }

    public String atMost() {
        return atMost;
    }
}
