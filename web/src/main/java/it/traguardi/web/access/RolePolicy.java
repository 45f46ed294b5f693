package it.traguardi.web.access;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.i18n.Message;
import it.traguardi.store.PlanLifecycle;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Regole dei ruoli: who may do what, by the roles a person holds in the entity a request is about.
 * A pure function of the requester, the action and the resource.
 *
 * <ul>
 *   <li>Traguardi itself and an installation administrator: everything.</li>
 *   <li>Anyone, signed in or not: read the archive and the published plans ({@link PublishedPlans}), sign in.</li>
 *   <li>Any role in an entity: read everything of that entity, its audit trail included (the public does not see who changed what).</li>
 *   <li>amministratore: users, roles and settings of the entity; assignments.</li>
 *   <li>pianificatore: build and revise the plan (structure, weights, targets, formulas), scoring
 *       rules, assignments; enter values and comment on every row.</li>
 *   <li>referente: enter values and comment only on the rows assigned to them.</li>
 *   <li>responsabile: comment on and confirm the rows assigned to them (the objectives they own).</li>
 *   <li>valutatore: validation remarks and the validation of a period; no data changes.</li>
 * </ul>
 * A role in one entity gives nothing in another: its plans are read only as the public reads them.
 */
public record RolePolicy(PublishedPlans published) implements AccessPolicy {

    /** The policy of an installation: the public reads the plans published or closed, as stored. */
    public static RolePolicy of(PlanLifecycle lifecycle) {
        return new RolePolicy(PublishedPlans.stored(lifecycle));
    }

    public RolePolicy {
        Objects.requireNonNull(published, "published");
    }

    @Override
    public Decision decide(Requester requester, Action action, Resource resource) {
        return switch (requester) {
            case Requester.Program p -> Decision.ALLOW;
            case Requester.Account a when a.administrator() -> Decision.ALLOW;
            case Requester.Account a -> decide(roles(a.grants(), resource), action, resource, true);
            case Requester.Anonymous a -> decide(EnumSet.noneOf(Role.class), action, resource, false);
        };
    }

    private Decision decide(Set<Role> roles, Action action, Resource resource, boolean signedIn) {
        if (allowed(roles, action, resource, signedIn)) {
            return Decision.ALLOW;
        }
        if (!signedIn) {
            return Decision.deny("access.denied.anonymous", message(action));
        }
        if (resource instanceof Resource.Row row && allowed(roles, action, row.plan(), true)) {
            return Decision.deny("access.denied.row", row.row());
        }
        return Decision.deny("access.denied.role", message(action), where(resource));
    }

    /** The rule table: an exhaustive switch over the actions. */
    private boolean allowed(Set<Role> roles, Action action, Resource resource, boolean signedIn) {
        return switch (action) {
            // the roles first: the people of the entity read without asking the database for the plan's state
            case READ -> !roles.isEmpty() || readable(resource);
            case READ_AUDIT -> !roles.isEmpty();
            case SIGN_IN -> true;
            case OWN_ACCOUNT -> signedIn;
            case ENTER_VALUES -> roles.contains(Role.PIANIFICATORE) || roles.contains(Role.REFERENTE) && assigned(resource);
            case COMMENT -> roles.contains(Role.PIANIFICATORE)
                    || (roles.contains(Role.RESPONSABILE) || roles.contains(Role.REFERENTE)) && assigned(resource);
            case CONFIRM_VALUES -> roles.contains(Role.RESPONSABILE) && assigned(resource);
            case EDIT_PLAN, SET_SCORING -> roles.contains(Role.PIANIFICATORE);
            case MANAGE_ASSIGNMENTS -> roles.contains(Role.PIANIFICATORE) || roles.contains(Role.AMMINISTRATORE);
            case MANAGE_USERS -> roles.contains(Role.AMMINISTRATORE);
            case VALIDATE_PERIOD -> roles.contains(Role.VALUTATORE);
        };
    }

    /** What the public reads: the archive (its list shows only what each may read) and the published plans. */
    private boolean readable(Resource resource) {
        return switch (resource) {
            case Resource.Archive a -> true;
            case Resource.Entity e -> false;
            case Resource.Plan p -> published.published(p);
            case Resource.Row r -> published.published(r.plan());
        };
    }

    /**
     * Whether a row is within the requester's assignments; a whole plan is (the route lets the
     * person in, and each row written is then asked about on its own).
     */
    private static boolean assigned(Resource resource) {
        return switch (resource) {
            case Resource.Row r -> r.assigned();
            case Resource.Archive a -> true;
            case Resource.Entity e -> true;
            case Resource.Plan p -> true;
        };
    }

    /**
     * The roles held in the resource's entity; about the archive as a whole, the roles held in any
     * entity (the form that starts a plan: the plan's own entity is asked about once it is known).
     */
    static Set<Role> roles(List<Grant> grants, Resource resource) {
        var out = EnumSet.noneOf(Role.class);
        grants.stream().filter(g -> switch (resource) {
            case Resource.Archive a -> true;
            case Resource.Entity e -> g.entity().equals(e.entity());
            case Resource.Plan p -> g.entity().equals(p.entity());
            case Resource.Row r -> g.entity().equals(r.entity());
        }).forEach(g -> out.add(g.role()));
        return out;
    }

    private static Message message(Action action) {
        return Message.of(action.key());
    }

    private static Object where(Resource resource) {
        return switch (resource) {
            case Resource.Archive a -> Message.of("access.where.archive");
            case Resource.Entity e -> Message.of("access.where.entity", e.entity());
            case Resource.Plan p -> Message.of("access.where.plan", p.entity(), Integer.toString(p.year()));
            case Resource.Row r -> Message.of("access.where.plan", r.entity(), Integer.toString(r.year()));
        };
    }
}
