package it.traguardi.cli;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Limits;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi user grant|revoke LOGIN --entity E --role R}: a role in an entity, given or taken. */
final class UserGrantCommand {

    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "user.login")
    String login;

    @Option(names = "--entity", required = true, paramLabel = "NOME", descriptionKey = "user.entity")
    String entity;

    @Option(names = "--role", required = true, paramLabel = "RUOLO", descriptionKey = "user.role")
    String role;

    private UserGrantCommand() {
    }

    /** {@code traguardi user grant}. */
    @Command(name = "grant", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Give implements Callable<Integer> {

        @ParentCommand
        UserCommand parent;

        @Mixin
        UserGrantCommand options = new UserGrantCommand();

        @Override
        public Integer call() {
            return options.apply(parent.cli, true);
        }
    }

    /** {@code traguardi user revoke}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Take implements Callable<Integer> {

        @ParentCommand
        UserCommand parent;

        @Mixin
        UserGrantCommand options = new UserGrantCommand();

        @Override
        public Integer call() {
            return options.apply(parent.cli, false);
        }
    }

    private int apply(Cli cli, boolean give) {
        var grant = grant(cli);
        try (var database = cli.openDatabase()) {
            var accounts = UserCommand.accounts(database);
            var user = UserCommand.existing(cli, accounts, login);
            var author = CommandLineAuthor.current();
            boolean changed = give ? accounts.users().grant(user.id(), grant, author)
                    : accounts.users().revoke(user.id(), grant, author);
            var key = give ? (changed ? "cli.user.granted" : "cli.user.granted.already")
                    : (changed ? "cli.user.revoked" : "cli.user.revoked.none");
            cli.out().println(cli.messages().get(key, user.login(), grant.entity(), grant.role().code()));
        }
        return ExitCode.DONE;
    }

    private Grant grant(Cli cli) {
        var name = entity.strip();
        if (name.isEmpty()) {
            throw DataProblem.of(cli, Message.of("cli.user.entity.blank"));
        }
        Limits.Text.ENTITY.problem(name).ifPresent(p -> {
            throw DataProblem.of(cli, p);
        });
        var allowed = Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", "));
        var parsed = Role.ofCode(role).orElseThrow(() -> DataProblem.of(cli, Message.of("cli.user.role.unknown",
                Limits.excerpt(role), allowed)));
        return new Grant(name, parsed);
    }
}
