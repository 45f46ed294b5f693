package it.traguardi.store;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** The outcome of verifying the audit trail's chain: intact with its number of entries, or the first broken entry. */
public sealed interface ChainCheck {

    /** Every entry's hash matches its content and the entry before it; the head names the last one. */
    record Intact(long entries) implements ChainCheck {
    }

    /** The first entry that does not match, by its number, and what does not match. */
    record Broken(long sequence, Message problem) implements ChainCheck {
        public Broken {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
