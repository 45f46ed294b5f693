package it.traguardi.cli;

import it.traguardi.core.account.AccountRules;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.account.ApiTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi user token LOGIN --name N [--days 90]}: a personal API token, printed once. */
@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false)
final class UserTokenCommand implements Callable<Integer> {


    @ParentCommand
    UserCommand parent;

    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "user.login")
    String login;

    @Option(names = "--name", required = true, paramLabel = "NOME", descriptionKey = "user.token-name")
    String name;

    @Option(names = "--days", defaultValue = "90", paramLabel = "GIORNI", descriptionKey = "user.days")
    int days;

    @Override
    public Integer call() {
        var cli = parent.cli;
        AccountRules.tokenNameProblem(name).ifPresent(p -> {
            throw DataProblem.of(cli, p);
        });
        if (days < 1 || days > ApiTokens.MAX_DAYS) {
            throw DataProblem.of(cli, Message.of("account.token.days", ApiTokens.MAX_DAYS));
        }
        try (var database = cli.openDatabase()) {
            var accounts = UserCommand.accounts(database);
            var user = UserCommand.existing(cli, accounts, login);
            var secret = accounts.tokens().create(user.id(), name, days, CommandLineAuthor.current());
            var until = ShownFormat.day(Clock.systemUTC().instant().plus(Duration.ofDays(days)));
            cli.out().println(cli.messages().get("cli.user.token.created", name.strip(), user.login(), until));
            cli.out().println(secret);
        }
        return ExitCode.DONE;
    }
}
