package it.traguardi.web.access;

/**
 * Who is asking. There are no accounts yet, so every HTTP request is {@link Anonymous}; the
 * command line and jobs act as {@link Program}. Accounts (utenti) are the next variant to add.
 */
public sealed interface Requester {

    Requester ANONYMOUS = new Anonymous();
    Requester PROGRAM = new Program();

    /** Someone not signed in. */
    record Anonymous() implements Requester {
    }

    /** Traguardi itself (command line, scheduled jobs). */
    record Program() implements Requester {
    }
}
