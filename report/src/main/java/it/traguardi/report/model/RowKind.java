package it.traguardi.report.model;

/** What a row of a report table stands for, so a renderer can mark headings of the tree. */
public enum RowKind {
    /** L'ente: the overall score. */
    ENTITY,
    /** Ambito strategico. */
    AREA,
    /** Obiettivo strategico. */
    STRATEGIC_OBJECTIVE,
    /** A weighted group of a strategic objective: its indicators, or its operational objectives. */
    GROUP,
    /** Obiettivo operativo. */
    OPERATIONAL_OBJECTIVE,
    /** Indicatore. */
    INDICATOR,
    /** A row that is none of the plan's nodes (a value of a history, a comment). */
    ENTRY
}
