package it.traguardi.core.score;

/** What an indicator without an actual value (or without a target) does to its parent's score. */
public enum MissingPolicy {
    /** Left out; the weights of the measured siblings are rescaled to 100% (the default). */
    EXCLUDE_AND_RESCALE,
    /** Counts as 0% with its full weight. */
    COUNT_AS_ZERO
}
