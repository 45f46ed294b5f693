package it.traguardi.web.access;

import it.traguardi.core.i18n.Message;
import it.traguardi.store.account.UserStore;
import java.util.Objects;

/**
 * Regola provvisoria degli accessi, until the roles per entity decide: everyone (signed in or not)
 * reads; an installation administrator changes; everyone acts on their own account (sign in and
 * out, password, tokens). While the installation has no enabled administrator every change is
 * refused with how to create one; this is asked of the database each time, so creating one from
 * the command line takes effect without restarting the server.
 */
public final class AdministratorPolicy implements AccessPolicy {

    private final UserStore users;

    public AdministratorPolicy(UserStore users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Decision decide(Requester requester, Action action, Resource resource) {
        if (action == Action.READ || resource instanceof Resource.OwnAccount) {
            return Decision.ALLOW;
        }
        if (!users.anyAdministrator()) {
            return Decision.deny(Message.of("access.no-administrator"));
        }
        return switch (requester) {
            case Requester.Account account when account.administrator() -> Decision.ALLOW;
            case Requester.Account account -> Decision.deny(Message.of("access.administrator-only"));
            case Requester.Anonymous anonymous -> Decision.deny(Message.of("access.sign-in-first"));
            case Requester.Program program -> Decision.ALLOW;
        };
    }
}
