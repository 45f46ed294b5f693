package it.traguardi.core.score;

/** The two weighted groups of a strategic objective. */
public enum GroupKind {
    /** Indicatori: the strategic objective's own indicators. */
    INDICATORS,
    /** Obiettivi operativi. */
    OPERATIONAL_OBJECTIVES
}
