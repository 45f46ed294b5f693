package it.traguardi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi user reset-password LOGIN [--password-stdin]}: a new password, every session ended. */
@Command(name = "reset-password", mixinStandardHelpOptions = true, sortOptions = false)
final class UserPasswordCommand implements Callable<Integer> {

    @ParentCommand
    UserCommand parent;

    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "user.login")
    String login;

    @Option(names = "--password-stdin", descriptionKey = "user.password-stdin")
    boolean passwordStdin;

    @Override
    public Integer call() {
        var cli = parent.cli;
        try (var database = cli.openDatabase()) {
            var accounts = UserCommand.accounts(database);
            var user = UserCommand.existing(cli, accounts, login);
            var password = PasswordInput.choose(cli, passwordStdin, user.login());
            accounts.users().setPassword(user.login(), password.password(), CommandLineAuthor.current());
            cli.out().println(cli.messages().get("cli.user.password.reset", user.login()));
            PasswordInput.announce(cli, password);
        }
        return ExitCode.DONE;
    }
}
