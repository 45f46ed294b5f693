package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.i18n.Message;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of the roles, as a table: who, doing what, about what, allowed or not. */
class RolePolicyTest {

    private static final RolePolicy UNPUBLISHED = new RolePolicy(PublishedPlans.NONE);
    private static final Resource MODENA = new Resource.Plan("Modena", 2022);
    private static final Resource PARMA = new Resource.Plan("Parma", 2022);
    private static final Resource ASSIGNED = new Resource.Row("Modena", 2022, "D1.1_10", true);
    private static final Resource NOT_ASSIGNED = new Resource.Row("Modena", 2022, "D1.2_4", false);

    private static Requester in(String entity, Role... roles) {
        return new Requester.Account(7, "rossi", false, Stream.of(roles).map(r -> new Grant(entity, r)).toList());
    }

    static Stream<Arguments> rules() {
        var admin = new Requester.Account(1, "admin", true, List.of());
        var planner = in("Modena", Role.PIANIFICATORE);
        var referente = in("Modena", Role.REFERENTE);
        var owner = in("Modena", Role.RESPONSABILE);
        var evaluator = in("Modena", Role.VALUTATORE);
        var entityAdmin = in("Modena", Role.AMMINISTRATORE);
        var parmaPlanner = in("Parma", Role.PIANIFICATORE);
        var anonymous = Requester.ANONYMOUS;
        return Stream.of(
                // who, action, about, allowed
                Arguments.of(Requester.PROGRAM, Action.EDIT_PLAN, MODENA, true),
                Arguments.of(admin, Action.MANAGE_USERS, new Resource.Entity("Parma"), true),
                Arguments.of(admin, Action.ENTER_VALUES, NOT_ASSIGNED, true),
                Arguments.of(anonymous, Action.READ, Resource.ARCHIVE, true),
                Arguments.of(anonymous, Action.READ, MODENA, false),
                Arguments.of(anonymous, Action.SIGN_IN, Resource.ARCHIVE, true),
                Arguments.of(anonymous, Action.OWN_ACCOUNT, Resource.ARCHIVE, false),
                Arguments.of(anonymous, Action.ENTER_VALUES, MODENA, false),
                Arguments.of(planner, Action.OWN_ACCOUNT, Resource.ARCHIVE, true),
                Arguments.of(planner, Action.READ, MODENA, true),
                Arguments.of(planner, Action.EDIT_PLAN, MODENA, true),
                Arguments.of(planner, Action.SET_SCORING, MODENA, true),
                Arguments.of(planner, Action.MANAGE_ASSIGNMENTS, MODENA, true),
                Arguments.of(planner, Action.ENTER_VALUES, NOT_ASSIGNED, true),
                Arguments.of(planner, Action.COMMENT, NOT_ASSIGNED, true),
                Arguments.of(planner, Action.MANAGE_USERS, new Resource.Entity("Modena"), false),
                Arguments.of(planner, Action.VALIDATE_PERIOD, MODENA, false),
                Arguments.of(planner, Action.EDIT_PLAN, Resource.ARCHIVE, true),
                Arguments.of(planner, Action.READ, PARMA, false),
                Arguments.of(planner, Action.EDIT_PLAN, PARMA, false),
                Arguments.of(parmaPlanner, Action.EDIT_PLAN, MODENA, false),
                Arguments.of(parmaPlanner, Action.ENTER_VALUES, ASSIGNED, false),
                Arguments.of(referente, Action.READ, MODENA, true),
                Arguments.of(referente, Action.ENTER_VALUES, MODENA, true),
                Arguments.of(referente, Action.ENTER_VALUES, ASSIGNED, true),
                Arguments.of(referente, Action.ENTER_VALUES, NOT_ASSIGNED, false),
                Arguments.of(referente, Action.COMMENT, ASSIGNED, true),
                Arguments.of(referente, Action.COMMENT, NOT_ASSIGNED, false),
                Arguments.of(referente, Action.CONFIRM_VALUES, ASSIGNED, false),
                Arguments.of(referente, Action.EDIT_PLAN, MODENA, false),
                Arguments.of(owner, Action.COMMENT, ASSIGNED, true),
                Arguments.of(owner, Action.COMMENT, NOT_ASSIGNED, false),
                Arguments.of(owner, Action.CONFIRM_VALUES, ASSIGNED, true),
                Arguments.of(owner, Action.CONFIRM_VALUES, NOT_ASSIGNED, false),
                Arguments.of(owner, Action.ENTER_VALUES, ASSIGNED, false),
                Arguments.of(evaluator, Action.READ, MODENA, true),
                Arguments.of(evaluator, Action.VALIDATE_PERIOD, MODENA, true),
                Arguments.of(evaluator, Action.ENTER_VALUES, ASSIGNED, false),
                Arguments.of(evaluator, Action.COMMENT, ASSIGNED, false),
                Arguments.of(evaluator, Action.EDIT_PLAN, MODENA, false),
                Arguments.of(entityAdmin, Action.MANAGE_USERS, new Resource.Entity("Modena"), true),
                Arguments.of(entityAdmin, Action.MANAGE_USERS, new Resource.Entity("Parma"), false),
                Arguments.of(entityAdmin, Action.MANAGE_ASSIGNMENTS, MODENA, true),
                Arguments.of(entityAdmin, Action.READ, MODENA, true),
                Arguments.of(entityAdmin, Action.EDIT_PLAN, MODENA, false),
                Arguments.of(entityAdmin, Action.ENTER_VALUES, ASSIGNED, false));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("rules")
    void each_role_may_do_what_the_table_says(Requester who, Action action, Resource about, boolean allowed) {
        assertThat(UNPUBLISHED.decide(who, action, about) instanceof Decision.Allow).isEqualTo(allowed);
    }

    @Test
    void everyone_reads_a_published_plan_and_changes_nothing() {
        var published = new RolePolicy(plan -> plan.equals(MODENA));
        assertThat(published.decide(Requester.ANONYMOUS, Action.READ, MODENA)).isEqualTo(Decision.ALLOW);
        assertThat(published.decide(in("Parma", Role.VALUTATORE), Action.READ, MODENA)).isEqualTo(Decision.ALLOW);
        assertThat(published.decide(in("Parma", Role.PIANIFICATORE), Action.EDIT_PLAN, MODENA))
                .isInstanceOf(Decision.Deny.class);
        assertThat(published.decide(Requester.ANONYMOUS, Action.COMMENT, MODENA)).isInstanceOf(Decision.Deny.class);
        // another year of the same entity is not published: only its people read it
        assertThat(published.decide(Requester.ANONYMOUS, Action.READ, new Resource.Plan("Modena", 2023)))
                .isInstanceOf(Decision.Deny.class);
    }

    @Test
    void a_refusal_says_why_in_words_for_the_user() {
        // someone not signed in: sign in; a role that does not allow it: the action and the plan; a row: its name
        assertThat(UNPUBLISHED.decide(Requester.ANONYMOUS, Action.ENTER_VALUES, MODENA))
                .isEqualTo(new Decision.Deny(Message.of("access.denied.anonymous", Message.of("access.action.enter-values"))));
        assertThat(UNPUBLISHED.decide(in("Modena", Role.VALUTATORE), Action.EDIT_PLAN, MODENA))
                .isEqualTo(new Decision.Deny(Message.of("access.denied.role", Message.of("access.action.edit-plan"),
                        Message.of("access.where.plan", "Modena", "2022"))));
        assertThat(UNPUBLISHED.decide(in("Modena", Role.REFERENTE), Action.ENTER_VALUES, NOT_ASSIGNED))
                .isEqualTo(new Decision.Deny(Message.of("access.denied.row", "D1.2_4")));
    }
}
