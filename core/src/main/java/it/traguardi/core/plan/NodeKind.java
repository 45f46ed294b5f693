package it.traguardi.core.plan;

/** The levels of the plan tree. */
public enum NodeKind {
    /** Ambito strategico. */
    AREA,
    /** Obiettivo strategico (OS), three years. */
    STRATEGIC_OBJECTIVE,
    /** Obiettivo operativo (OO), one year. */
    OPERATIONAL_OBJECTIVE,
    /** Indicatore. */
    INDICATOR
}
