package it.traguardi.cli;

import it.traguardi.core.account.AccountRules;
import it.traguardi.core.i18n.Message;
import it.traguardi.store.Database;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.User;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi user add|list|disable|enable|reset-password|token|grant|revoke}: the accounts of
 * the installation, from the first administrator on.
 */
@Command(name = "user", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {UserAddCommand.class, UserCommand.Listing.class, UserCommand.Disable.class,
            UserCommand.Enable.class, UserPasswordCommand.class, UserTokenCommand.class, UserGrantCommand.Give.class,
            UserGrantCommand.Take.class})
final class UserCommand {

    @ParentCommand
    Cli cli;

    static Accounts accounts(Database database) {
        return Accounts.on(database.dataSource(), Clock.systemUTC());
    }

    /** The account with the login; refused with exit 65 when there is none. */
    static User existing(Cli cli, Accounts accounts, String login) {
        return accounts.users().find(login)
                .orElseThrow(() -> DataProblem.of(cli, Message.of("cli.user.unknown", AccountRules.normalizedLogin(login))));
    }

    /** {@code traguardi user list}: every account with its state and roles. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class Listing implements Callable<Integer> {

        @ParentCommand
        UserCommand parent;

        @Override
        public Integer call() {
            var cli = parent.cli;
            var m = cli.messages();
            try (var database = cli.openDatabase()) {
                var accounts = accounts(database);
                var users = accounts.users().list();
                if (users.isEmpty()) {
                    cli.out().println(m.get("cli.user.none"));
                    return ExitCode.DONE;
                }
                var format = "%-24s %-30s %-12s %s%n";
                cli.out().printf(format, m.get("cli.user.login"), m.get("cli.user.name"), m.get("cli.user.state"),
                        m.get("cli.user.roles"));
                for (var user : users) {
                    cli.out().printf(format, user.login(), user.displayName(),
                            m.get(user.disabled() ? "cli.user.state.disabled" : "cli.user.state.enabled"),
                            roles(cli, accounts, user));
                }
                cli.out().println(m.get("cli.user.count", users.size()));
            }
            return ExitCode.DONE;
        }

        private static String roles(Cli cli, Accounts accounts, User user) {
            var grants = accounts.users().grants(user.id()).stream()
                    .map(g -> g.role().code() + " (" + g.entity() + ")").collect(Collectors.joining(", "));
            var admin = user.administrator() ? cli.messages().get("cli.user.role.administrator") : "";
            return admin.isEmpty() || grants.isEmpty() ? admin + grants : admin + ", " + grants;
        }
    }

    /** {@code traguardi user disable LOGIN}: the account can no longer sign in; its sessions end, its tokens stop. */
    @Command(name = "disable", mixinStandardHelpOptions = true)
    static final class Disable implements Callable<Integer> {

        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "user.login")
        String login;

        @Override
        public Integer call() {
            return parent.setDisabled(login, true, "cli.user.disabled");
        }
    }

    /** {@code traguardi user enable LOGIN}: a disabled account works again (its tokens too, if still valid). */
    @Command(name = "enable", mixinStandardHelpOptions = true)
    static final class Enable implements Callable<Integer> {

        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "user.login")
        String login;

        @Override
        public Integer call() {
            return parent.setDisabled(login, false, "cli.user.enabled");
        }
    }

    private int setDisabled(String login, boolean disabled, String done) {
        try (var database = cli.openDatabase()) {
            var accounts = accounts(database);
            var user = existing(cli, accounts, login);
            accounts.users().setDisabled(user.login(), disabled, CommandLineAuthor.current());
            cli.out().println(cli.messages().get(done, user.login()));
        }
        return ExitCode.DONE;
    }
}
