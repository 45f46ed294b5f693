package it.traguardi.store;

import java.util.regex.Pattern;

/**
 * The database named could not be opened: the server does not answer, refuses the credentials, or
 * an H2 file cannot be created or read. {@link #where()} is the URL without its password.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private final String where;
    private final boolean inUse;

    DatabaseUnavailableException(String url, Throwable cause, boolean inUse) {
        super("cannot open " + withoutPassword(url) + ": " + driverMessage(cause), cause);
        this.where = withoutPassword(url);
        this.inUse = inUse;
    }

    /** Whether another process kept the H2 file locked all the time this one waited for it. */
    public boolean inUse() {
        return inUse;
    }

    /** The database's URL with any password replaced by {@code ***}. */
    public String where() {
        return where;
    }

    /** What the driver said went wrong, on one line. */
    public String reason() {
        return driverMessage(getCause());
    }

    static String withoutPassword(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    /** The first line of the driver's exception, which the pool wraps when it has one. */
    private static String driverMessage(Throwable cause) {
        var driver = cause.getCause() == null ? cause : cause.getCause();
        var message = driver.getMessage() == null ? driver.getClass().getSimpleName() : driver.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
