package it.traguardi.core.transfer;

/** What a field of a full plan holds. */
public enum FieldType {
    /** A whole number between the field's bounds. */
    INTEGER,
    /** An exact decimal with at most the field's digits before and after the mark. */
    DECIMAL,
    /** A text of at most the field's length, or one of its allowed words. */
    TEXT,
    /** A day, {@code YYYY-MM-DD}. */
    DATE,
    /** An instant in UTC, {@code 2022-06-30T10:15:30.123456Z}. */
    TIME,
    /** true or false. */
    FLAG
}
