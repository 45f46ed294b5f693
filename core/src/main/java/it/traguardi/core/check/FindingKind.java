package it.traguardi.core.check;

/** The kinds of plan-quality findings, each with its severity. */
public enum FindingKind {
    WEIGHT_SUM(Severity.ERROR),
    DUPLICATE_CODE(Severity.WARNING),
    MISSING_CODE(Severity.INFO),
    MISSING_TARGET(Severity.WARNING),
    MISSING_BASELINE(Severity.INFO),
    NO_INDICATORS(Severity.WARNING),
    NO_OBJECTIVES(Severity.WARNING),
    TARGET_NOT_CHALLENGING(Severity.WARNING),
    BASELINE_YEARS_DIFFER(Severity.WARNING),
    ALGORITHM_UNREADABLE(Severity.INFO),
    /** A target accepted with a warning on how it was read (docs/notations.md); reported by the import. */
    TARGET_NOTATION(Severity.WARNING);

    private final Severity severity;

    FindingKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The message key of the kind's title, e.g. {@code check.kind.weight_sum}. */
    public String titleKey() {
        return "check.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
