package it.traguardi.cli;

import it.traguardi.core.i18n.Messages;
import it.traguardi.store.PlanBusyException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** The one main(): parses the command line, runs the command, maps failures to exit codes. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; returns the exit code. Messages in Italian unless {@code --lang en}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale.setDefault(isEnglish(args) ? Locale.ENGLISH : Locale.ITALIAN);
        var commandLine = new CommandLine(new Cli())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> {
                    err.println(usageProblem(e, Messages.forLanguage(isEnglish(args) ? "en" : "it")));
                    e.getCommandLine().usage(err);
                    return ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** What was wrong with the command line, in the user's language. */
    static String usageProblem(CommandLine.ParameterException e, Messages m) {
        return switch (e) {
            case CommandLine.UnmatchedArgumentException u -> m.get("cli.usage.unknown",
                    String.join(" ", u.getUnmatched()));
            case CommandLine.MissingParameterException missing -> m.get("cli.usage.missing",
                    String.join(", ", missing.getMissing().stream().map(Main::name).toList()));
            default -> m.get("cli.usage.invalid", e.getMessage());
        };
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof DataProblem problem) {
            problem.lines().forEach(err::println);
            return ExitCode.DATA;
        }
        if (e instanceof PlanBusyException busy) {
            err.println(Messages.forLanguage(Locale.getDefault().getLanguage())
                    .get("cli.busy", busy.entity(), busy.year()));
            return ExitCode.TEMPORARY;
        }
        err.println((Locale.getDefault().equals(Locale.ENGLISH) ? "internal error: " : "errore interno: ") + e);
        e.printStackTrace(err);
        return ExitCode.INTERNAL;
    }

    private static boolean isEnglish(String[] args) {
        var list = Arrays.asList(args);
        int at = list.indexOf("--lang");
        return at >= 0 && at + 1 < args.length && "en".equalsIgnoreCase(args[at + 1]) || list.contains("--lang=en");
    }
}
