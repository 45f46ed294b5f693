package it.traguardi.cli;

import it.traguardi.core.account.AccountRules;
import it.traguardi.core.i18n.Message;
import it.traguardi.store.account.AccountExistsException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi user add LOGIN [--name TEXT] [--admin] [--password-stdin]}: a new account. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
final class UserAddCommand implements Callable<Integer> {

    @ParentCommand
    UserCommand parent;

    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "user.login")
    String login;

    @Option(names = "--name", paramLabel = "TESTO", descriptionKey = "user.name")
    String name;

    @Option(names = "--admin", descriptionKey = "user.admin")
    boolean administrator;

    @Option(names = "--password-stdin", descriptionKey = "user.password-stdin")
    boolean passwordStdin;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var normalized = AccountRules.normalizedLogin(login);
        var shown = name == null ? normalized : name.strip();
        var problems = new ArrayList<Message>();
        AccountRules.loginProblem(normalized).ifPresent(problems::add);
        AccountRules.displayNameProblem(shown).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new DataProblem(problems.stream().map(cli.messages()::render).toList());
        }
        try (var database = cli.openDatabase()) {
            var accounts = UserCommand.accounts(database);
            if (accounts.users().find(normalized).isPresent()) {
                throw DataProblem.of(cli, Message.of("cli.user.exists", normalized));
            }
            var password = PasswordInput.choose(cli, passwordStdin, normalized);
            accounts.users().add(normalized, shown, administrator, password.password(), CommandLineAuthor.current());
            cli.out().println(cli.messages().get(administrator ? "cli.user.added.admin" : "cli.user.added", normalized));
            PasswordInput.announce(cli, password);
        } catch (AccountExistsException e) {
            throw DataProblem.of(cli, Message.of("cli.user.exists", normalized));
        }
        return ExitCode.DONE;
    }
}
