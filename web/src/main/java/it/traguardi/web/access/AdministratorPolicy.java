package it.traguardi.web.access;

import it.traguardi.core.i18n.Message;
import it.traguardi.store.account.UserStore;
import java.util.Objects;

/**
 * Regola dell'installazione: while the installation has no enabled administrator, every change is
 * refused with how to create one (reading, signing in and one's own account stay open); once there
 * is one, {@code roles} decides ({@link RolePolicy}). The database is asked each time, so creating
 * the first administrator from the command line takes effect without restarting the server.
 */
public final class AdministratorPolicy implements AccessPolicy {

    private final UserStore users;
    private final AccessPolicy roles;

    public AdministratorPolicy(UserStore users, AccessPolicy roles) {
        this.users = Objects.requireNonNull(users, "users");
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    @Override
    public Decision decide(Requester requester, Action action, Resource resource) {
        var open = switch (action) {
            case READ, READ_AUDIT, SIGN_IN, OWN_ACCOUNT -> true;
            case ENTER_VALUES, COMMENT, CONFIRM_VALUES, EDIT_PLAN, SET_SCORING, MANAGE_ASSIGNMENTS, MANAGE_USERS,
                    VALIDATE_PERIOD -> false;
        };
        if (!open && !(requester instanceof Requester.Program) && !users.anyAdministrator()) {
            return Decision.deny(Message.of("access.no-administrator"));
        }
        return roles.decide(requester, action, resource);
    }
}
