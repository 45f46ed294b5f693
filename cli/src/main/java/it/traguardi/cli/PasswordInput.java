package it.traguardi.cli;

import it.traguardi.core.account.AccountRules;
import it.traguardi.core.i18n.Message;
import it.traguardi.store.account.SecretTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a new password comes from: the first line of standard input ({@code --password-stdin}, for
 * scripts: never in the arguments, which other users of the machine can see), else typed twice at
 * the console without echo, else (no console: a script without the option) generated and printed
 * once. Every password is checked against {@link AccountRules} before anything is stored.
 */
final class PasswordInput {

    /** A password and whether it was generated here (and so must be shown once). */
    record Chosen(String password, boolean generated) {
    }

    private PasswordInput() {
    }

    static Chosen choose(Cli cli, boolean fromStdin, String login) {
        var chosen = fromStdin ? new Chosen(stdin(cli), false) : console(cli, login);
        AccountRules.passwordProblem(chosen.password()).ifPresent(p -> {
            throw DataProblem.of(cli, p);
        });
        return chosen;
    }

    /** Prints a generated password, once it is stored: nobody else will ever see it. */
    static void announce(Cli cli, Chosen chosen) {
        if (chosen.generated()) {
            cli.out().println(cli.messages().get("cli.user.generated", chosen.password()));
        }
    }

    private static String stdin(Cli cli) {
        try {
            var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw DataProblem.of(cli, Message.of("cli.user.password.stdin-empty"));
            }
            return line;
        } catch (IOException e) {
            throw DataProblem.of(cli, Message.of("cli.user.password.stdin-empty"));
        }
    }

    private static Chosen console(Cli cli, String login) {
        var console = System.console();
        if (console == null) {
            return new Chosen(SecretTokens.newPassword(), true);
        }
        var m = cli.messages();
        var first = console.readPassword("%s ", m.get("cli.user.password.prompt", login));
        var second = console.readPassword("%s ", m.get("cli.user.password.again"));
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw DataProblem.of(cli, Message.of("cli.user.password.mismatch"));
        }
        return new Chosen(new String(first), false);
    }
}
