package it.traguardi.web.access;

import it.traguardi.core.account.Grant;
import java.util.List;
import java.util.Objects;

/**
 * Who is asking: someone not signed in ({@link Anonymous}), Traguardi itself ({@link Program}: the
 * command line and jobs) or a signed-in person ({@link Account}).
 */
public sealed interface Requester {

    Requester ANONYMOUS = new Anonymous();
    Requester PROGRAM = new Program();

    /** The name recorded as the author of a change. */
    String name();

    /** Someone not signed in. */
    record Anonymous() implements Requester {
        @Override
        public String name() {
            return "anonimo";
        }
    }

    /** Traguardi itself (command line, scheduled jobs). */
    record Program() implements Requester {
        @Override
        public String name() {
            return "sistema";
        }
    }

    /**
     * Utente: a signed-in person, by session cookie or API token. An installation administrator
     * holds every role in every entity; everyone else holds the roles of their grants.
     */
    record Account(long id, String login, boolean administrator, List<Grant> grants) implements Requester {
        public Account {
            Objects.requireNonNull(login, "login");
            grants = List.copyOf(grants);
        }

        @Override
        public String name() {
            return login;
        }
    }
}
