package it.traguardi.cli;

import it.traguardi.core.i18n.Messages;
import it.traguardi.store.DatabaseUnavailableException;
import it.traguardi.core.lifecycle.LifecycleInputException;
import it.traguardi.store.PeriodLockedException;
import it.traguardi.store.PlanBusyException;
import it.traguardi.store.PlanChangedException;
import it.traguardi.store.PlanFrozenException;
import it.traguardi.store.TransitionRefusedException;
import it.traguardi.web.account.SingleSignOnUnavailableException;
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
        return run(args, out, err, ErrorLog.configured());
    }

    /** Runs a command line writing the stack trace of an internal error to {@code log}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, ErrorLog log) {
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
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err, log));
        // a value such as -20,14 is the VALUE, not an unknown option: no "--" needed before it
        commandLine.getSubcommands().get("values").getSubcommands().get("set")
                .setUnmatchedOptionsArePositionalParams(true);
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
            case CommandLine.ParameterException p when p.getArgSpec() != null && p.getValue() != null ->
                    m.get("cli.usage.value", name(p.getArgSpec()), p.getValue(), expected(p.getArgSpec().type(), m));
            default -> m.get("cli.usage.invalid", e.getMessage());
        };
    }

    /** What an option or parameter takes, for the message about a value it could not read. */
    private static String expected(Class<?> type, Messages m) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return m.get("cli.usage.expected.integer");
        }
        if (type.isEnum()) {
            return m.get("cli.usage.expected.choice", String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT)).toList()));
        }
        return m.get("cli.usage.expected.other");
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /** The option of the command line that gives a lifecycle field. */
    private static String option(String field) {
        return switch (field) {
            case "actNumber" -> "--act-number";
            case "actDate" -> "--act-date";
            case "reason" -> "--reason";
            default -> field;
        };
    }

    private static int failure(Exception e, PrintWriter err, ErrorLog log) {
        var m = Messages.forLanguage(Locale.getDefault().getLanguage());
        return switch (e) {
            case DataProblem problem -> {
                problem.lines().forEach(err::println);
                yield ExitCode.DATA;
            }
            case PeriodLockedException locked -> {
                // a value for a validated period, or a second validation: the input is refused, saying who validated it
                err.println(m.render(locked.reason()));
                yield ExitCode.DATA;
            }
            case PlanFrozenException frozen -> {
                err.println(m.render(frozen.reason()));
                yield ExitCode.DATA;
            }
            case TransitionRefusedException refused -> {
                err.println(m.render(refused.reason()));
                yield ExitCode.DATA;
            }
            case LifecycleInputException input -> {
                input.problems().forEach(p -> err.println(option(p.field()) + ": " + m.render(p.message())));
                yield ExitCode.DATA;
            }
            case PlanChangedException changed -> {
                err.println(m.get("cli.plan.changed", changed.entity(), changed.year()));
                yield ExitCode.TEMPORARY;
            }
            case PlanBusyException busy -> {
                err.println(m.get("cli.busy", busy.entity(), busy.year()));
                yield ExitCode.TEMPORARY;
            }
            case DatabaseUnavailableException unavailable -> {
                err.println(unavailable.inUse() ? m.get("cli.database.in-use", unavailable.where())
                        : m.get("cli.database.unavailable", unavailable.where(), unavailable.reason()));
                yield ExitCode.UNAVAILABLE;
            }
            case SingleSignOnUnavailableException unavailable -> {
                err.println(m.get("cli.serve.oidc.unavailable", unavailable.issuer(), unavailable.reason()));
                yield ExitCode.UNAVAILABLE;
            }
            case PortInUse busy -> {
                err.println(m.get("cli.serve.port-busy", busy.host(), String.valueOf(busy.port())));
                yield ExitCode.UNAVAILABLE;
            }
            default -> {
                // the terminal gets one line; the stack trace goes to the log
                var what = e.getClass().getSimpleName();
                err.println(log.append(e) ? m.get("cli.internal", what, log.file())
                        : m.get("cli.internal.unlogged", what, log.file()));
                yield ExitCode.INTERNAL;
            }
        };
    }

    private static boolean isEnglish(String[] args) {
        var list = Arrays.asList(args);
        int at = list.indexOf("--lang");
        return at >= 0 && at + 1 < args.length && "en".equalsIgnoreCase(args[at + 1]) || list.contains("--lang=en");
    }
}
