package it.traguardi.core.lifecycle;

import it.traguardi.core.i18n.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a plan is in its cycle: its state, and the revision (rimodulazione) in progress, if any.
 * The rules of docs/domain.md, "The life of a plan", in one place:
 *
 * <ul>
 *   <li>a draft is edited in place; approving it (with its act) makes version 1, frozen;</li>
 *   <li>an approved or published plan is changed only by a revision, begun with its reason: the
 *       working version is edited while the approved one stays as it was, and approving the
 *       revision (with its act) makes the next version, which becomes the current one; the
 *       state stays what it was (a published plan stays published);</li>
 *   <li>an approved plan is published; a published plan without a revision in progress is closed;</li>
 *   <li>a closed plan is only read: no edit, no value, no comment.</li>
 * </ul>
 */
public record Lifecycle(PlanState state, Revision revision) {

    /** A plan just created. */
    public static final Lifecycle NEW = new Lifecycle(PlanState.DRAFT, Revision.NONE);

    /** A revision in progress, or none. */
    public sealed interface Revision {
        Revision NONE = new None();

        record None() implements Revision {
        }

        record InProgress(String reason) implements Revision {
            public InProgress {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    public Lifecycle {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(revision, "revision");
        if (revision instanceof Revision.InProgress && !(state == PlanState.APPROVED || state == PlanState.PUBLISHED)) {
            throw new IllegalArgumentException("only an approved or published plan is revised, not a " + state);
        }
    }

    /** Whether a revision is in progress. */
    public boolean revising() {
        return revision instanceof Revision.InProgress;
    }

    /** Why the plan's structure, weights, targets and formulas cannot be changed now; empty when they can. */
    public Optional<Message> editRefusal() {
        return switch (state) {
            case DRAFT -> Optional.empty();
            case APPROVED, PUBLISHED -> revising() ? Optional.empty() : Optional.of(Message.of("lifecycle.frozen.approved"));
            case CLOSED -> Optional.of(Message.of("lifecycle.frozen.closed"));
        };
    }

    /** Why values and comments cannot be recorded now (a closed plan); empty when they can. */
    public Optional<Message> recordRefusal() {
        return state == PlanState.CLOSED ? Optional.of(Message.of("lifecycle.frozen.closed")) : Optional.empty();
    }

    /** Why the transition is not allowed from here, naming the state; empty when it is. */
    public Optional<Message> refusal(Transition transition) {
        var allowed = switch (transition) {
            case Transition.Approve a -> state == PlanState.DRAFT || revising();
            case Transition.Publish p -> state == PlanState.APPROVED;
            case Transition.Close c -> state == PlanState.PUBLISHED && !revising();
            case Transition.Revise r -> (state == PlanState.APPROVED || state == PlanState.PUBLISHED) && !revising();
        };
        if (allowed) {
            return Optional.empty();
        }
        if (revising() && transition instanceof Transition.Close) {
            return Optional.of(Message.of("lifecycle.refused.revising", Message.of(transition.key())));
        }
        if (revising() && transition instanceof Transition.Revise) {
            return Optional.of(Message.of("lifecycle.refused.already-revising"));
        }
        return Optional.of(Message.of("lifecycle.refused.state", Message.of(transition.key()), Message.of(state.key())));
    }

    /** The lifecycle after an allowed transition. */
    public Lifecycle after(Transition transition) {
        refusal(transition).ifPresent(m -> {
            throw new IllegalStateException(transition + " is not allowed from " + this);
        });
        return switch (transition) {
            case Transition.Approve a -> new Lifecycle(state == PlanState.DRAFT ? PlanState.APPROVED : state, Revision.NONE);
            case Transition.Publish p -> new Lifecycle(PlanState.PUBLISHED, revision);
            case Transition.Close c -> new Lifecycle(PlanState.CLOSED, Revision.NONE);
            case Transition.Revise r -> new Lifecycle(state, new Revision.InProgress(r.reason()));
        };
    }
}
