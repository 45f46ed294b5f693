package it.traguardi.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.lifecycle.Lifecycle.Revision;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rules of the plan's cycle, state by state: which transitions, which edits, which records. */
class LifecycleTest {

    private static final ApprovingAct ACT = new ApprovingAct("12", LocalDate.of(2022, 1, 31));

    private static Lifecycle of(String state, boolean revising) {
        return new Lifecycle(PlanState.valueOf(state), revising ? new Revision.InProgress("motivo") : Revision.NONE);
    }

    private static Transition transition(String name) {
        return switch (name) {
            case "approve" -> new Transition.Approve(ACT);
            case "publish" -> new Transition.Publish();
            case "close" -> new Transition.Close();
            case "revise" -> new Transition.Revise("motivo nuovo");
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Every state and transition: the state after it, or the key of the refusal. */
    @ParameterizedTest(name = "{0} revising={1} {2} -> {3}")
    @CsvSource(textBlock = """
            DRAFT,     false, approve, APPROVED
            DRAFT,     false, publish, lifecycle.refused.state
            DRAFT,     false, close,   lifecycle.refused.state
            DRAFT,     false, revise,  lifecycle.refused.state
            APPROVED,  false, approve, lifecycle.refused.state
            APPROVED,  false, publish, PUBLISHED
            APPROVED,  false, close,   lifecycle.refused.state
            APPROVED,  false, revise,  APPROVED+revising
            APPROVED,  true,  approve, APPROVED
            APPROVED,  true,  publish, PUBLISHED+revising
            APPROVED,  true,  close,   lifecycle.refused.revising
            APPROVED,  true,  revise,  lifecycle.refused.already-revising
            PUBLISHED, false, approve, lifecycle.refused.state
            PUBLISHED, false, publish, lifecycle.refused.state
            PUBLISHED, false, close,   CLOSED
            PUBLISHED, false, revise,  PUBLISHED+revising
            PUBLISHED, true,  approve, PUBLISHED
            PUBLISHED, true,  close,   lifecycle.refused.revising
            CLOSED,    false, approve, lifecycle.refused.state
            CLOSED,    false, publish, lifecycle.refused.state
            CLOSED,    false, close,   lifecycle.refused.state
            CLOSED,    false, revise,  lifecycle.refused.state
            """)
    void each_transition_is_allowed_only_from_its_states(String state, boolean revising, String name, String expected) {
        var before = of(state, revising);
        var transition = transition(name);
        var refusal = before.refusal(transition);
        if (expected.startsWith("lifecycle.")) {
            assertThat(refusal).map(m -> m.key()).contains(expected);
            assertThatThrownBy(() -> before.after(transition)).isInstanceOf(IllegalStateException.class);
        } else {
            assertThat(refusal).isEmpty();
            var after = before.after(transition);
            assertThat(after.state().name() + (after.revising() ? "+revising" : "")).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} revising={1}: edit {2}, record {3}")
    @CsvSource(textBlock = """
            DRAFT,     false, '',                        ''
            APPROVED,  false, lifecycle.frozen.approved, ''
            APPROVED,  true,  '',                        ''
            PUBLISHED, false, lifecycle.frozen.approved, ''
            PUBLISHED, true,  '',                        ''
            CLOSED,    false, lifecycle.frozen.closed,   lifecycle.frozen.closed
            """)
    void an_approved_plan_is_edited_only_under_revision_and_a_closed_one_records_nothing(String state, boolean revising,
            String edit, String record) {
        var lifecycle = of(state, revising);
        assertThat(lifecycle.editRefusal().map(m -> m.key())).isEqualTo(edit.isEmpty() ? Optional.empty() : Optional.of(edit));
        assertThat(lifecycle.recordRefusal().map(m -> m.key())).isEqualTo(record.isEmpty() ? Optional.empty() : Optional.of(record));
    }

    @Test
    void only_published_and_closed_plans_are_public() {
        assertThat(PlanState.DRAFT.isPublic()).isFalse();
        assertThat(PlanState.APPROVED.isPublic()).isFalse();
        assertThat(PlanState.PUBLISHED.isPublic()).isTrue();
        assertThat(PlanState.CLOSED.isPublic()).isTrue();
    }

    @Test
    void an_act_needs_a_number_and_a_real_date_and_each_problem_names_its_field() {
        assertThat(ApprovingAct.read(" 12 ", "31-01-2022")).isEqualTo(new ApprovingAct.Reading.Read(ACT));
        var refused = (ApprovingAct.Reading.Refused) ApprovingAct.read("  ", "31-02-2022");
        assertThat(refused.problems()).extracting(FieldProblem::field, p -> p.message().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("actNumber", "lifecycle.act.number-missing"),
                org.assertj.core.groups.Tuple.tuple("actDate", "lifecycle.act.date-invalid"));
        assertThat(((ApprovingAct.Reading.Refused) ApprovingAct.read("x".repeat(101), "")).problems())
                .extracting(p -> p.message().key())
                .containsExactly("lifecycle.act.number-too-long", "lifecycle.act.date-missing");
        assertThat(ACT.text()).isEqualTo("n. 12 del 31-01-2022");
    }

    @Test
    void a_revision_needs_a_reason_that_is_not_only_blanks() {
        assertThatThrownBy(() -> Transition.revise("   ")).isInstanceOf(LifecycleInputException.class)
                .extracting(e -> ((LifecycleInputException) e).problems().getFirst().message().key())
                .isEqualTo("lifecycle.reason.missing");
        assertThat(Transition.revise(" Nuove risorse ")).isEqualTo(new Transition.Revise("Nuove risorse"));
    }

    @Test
    void versions_are_named_by_number_or_by_word_in_both_languages() {
        assertThat(VersionChoice.parse("2")).contains(new VersionChoice.Numbered(2));
        assertThat(VersionChoice.parse("approvato")).contains(VersionChoice.APPROVED);
        assertThat(VersionChoice.parse("Revised")).contains(VersionChoice.REVISED);
        assertThat(VersionChoice.parse("corrente")).contains(VersionChoice.CURRENT);
        assertThat(VersionChoice.parse("0")).isEmpty();
        assertThat(VersionChoice.parse("-1")).isEmpty();
        assertThat(VersionChoice.parse("abc")).isEmpty();
        assertThat(VersionChoice.parse("99999999999")).isEmpty();
    }
}
