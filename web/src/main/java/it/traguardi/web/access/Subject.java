package it.traguardi.web.access;

/**
 * Who is asking. There are no accounts yet, so every HTTP request is {@link Anonymous}; the
 * command line and jobs act as {@link System}. Accounts (utenti) are the next variant to add.
 */
public sealed interface Subject {

    Subject ANONYMOUS = new Anonymous();
    Subject SYSTEM = new System();

    /** Someone not signed in. */
    record Anonymous() implements Subject {
    }

    /** Traguardi itself (command line, scheduled jobs). */
    record System() implements Subject {
    }
}
