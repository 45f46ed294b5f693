package it.traguardi.core.score;

/** Semaforo: the traffic light shown beside a score. */
public enum Status {
    /** Raggiunto. */
    ACHIEVED,
    /** Parzialmente raggiunto. */
    PARTLY_ACHIEVED,
    /** Non raggiunto. */
    NOT_ACHIEVED,
    /** N/D: no score could be computed. */
    NOT_AVAILABLE,
    /** Peso 0%: monitored and shown, never part of a score. */
    MONITORING_ONLY
}
