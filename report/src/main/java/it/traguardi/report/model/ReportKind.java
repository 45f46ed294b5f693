package it.traguardi.report.model;

import java.util.Locale;

/** The reports Traguardi writes, by the name the command line and the files use. */
public enum ReportKind {
    /** Alberatura della pianificazione: the plan tree with weights, algorithms, baselines, targets. */
    ALBERATURA,
    /** Monitoraggio: at a period, every indicator's target, actual, achievement, light, comment; the roll-up. */
    MONITORAGGIO,
    /** Relazione sulla performance: the results by area and objective, their coverage, counts and charts. */
    RELAZIONE,
    /** Scheda obiettivo: one objective for its owner, with its indicators, value history and comments. */
    SCHEDA;

    /** The name as written on the command line and in files ({@code relazione}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
