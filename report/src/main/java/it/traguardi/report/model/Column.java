package it.traguardi.report.model;

import java.util.Objects;

/**
 * Colonna: a column of a report table. The key names it in CSV headers and JSON (stable, English,
 * lower case); the label is its heading for people; the width is in characters for spreadsheets.
 */
public record Column(String key, String label, int width) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (!key.matches("[a-z][a-zA-Z0-9_]*")) {
            throw new IllegalArgumentException("a column key is a lower-case identifier: " + key);
        }
        if (width < 4 || width > 120) {
            throw new IllegalArgumentException("width out of 4..120: " + width);
        }
    }
}
