package it.traguardi.report.model;

import java.util.Objects;

/** Dato di sintesi: one headline figure of a report (the overall score, its coverage, the counts). */
public record Fact(String key, String label, Cell value) {

    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
