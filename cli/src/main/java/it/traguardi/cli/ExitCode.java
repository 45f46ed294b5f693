package it.traguardi.cli;

/** Exit codes, after BSD sysexits: what a script calling Traguardi can rely on. */
public final class ExitCode {

    public static final int DONE = 0;
    /** EX_USAGE: the command was called wrongly. */
    public static final int USAGE = 64;
    /** EX_DATAERR: the input data (a file, a plan that exists or is missing) is not acceptable. */
    public static final int DATA = 65;
    /** EX_NOINPUT: the input file named does not exist (a backup to restore). */
    public static final int NO_INPUT = 66;
    /** EX_UNAVAILABLE: the database cannot be opened, or the port to serve on is taken. */
    public static final int UNAVAILABLE = 69;
    /** EX_TEMPFAIL: another operation was changing the same plan; nothing was stored, try again. */
    public static final int TEMPORARY = 75;
    /** EX_SOFTWARE: an internal error. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
