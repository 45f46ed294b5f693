package it.traguardi.cli;

import it.traguardi.store.Actor;

/**
 * Chi usa la riga di comando: the author of every change a command makes, the operating-system
 * user who ran it ({@code sistema (riga di comando: mario)}), from the address {@code locale}.
 * Its one source, so every command records the same shape.
 */
final class CommandLineAuthor {

    /** The address of every change made on this machine's command line. */
    static final String ADDRESS = "locale";

    private CommandLineAuthor() {
    }

    /** The author of the commands run now. */
    static Actor current() {
        return of(System.getProperty("user.name", ""));
    }

    /** The author for an operating-system user name; one that cannot be recorded as it is is named {@code ?}. */
    static Actor of(String user) {
        var shown = user.isBlank() || user.length() > 100 || !user.codePoints().allMatch(c -> c >= 0x20 && c != 0x7F)
                ? "?" : user.strip();
        return new Actor("sistema (riga di comando: " + shown + ")", ADDRESS);
    }
}
