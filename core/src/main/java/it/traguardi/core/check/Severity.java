package it.traguardi.core.check;

/** Gravita': how much a finding matters to the people who approve the plan. */
public enum Severity {
    /** The plan is wrong as it stands (e.g. weights that do not make 100%). */
    ERROR,
    /** Something a planner should look at (a duplicate code, a target below the baseline). */
    WARNING,
    /** Worth knowing (a missing code, an indicator with no baseline yet). */
    INFO
}
