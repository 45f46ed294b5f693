package it.traguardi.store.account;

/** An account with the login exists already; nothing was written. */
public final class AccountExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String login;

    public AccountExistsException(String login) {
        super("account " + login + " exists");
        this.login = login;
    }

    public String login() {
        return login;
    }
}
