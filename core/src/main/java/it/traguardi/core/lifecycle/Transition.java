package it.traguardi.core.lifecycle;

import it.traguardi.core.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * Passaggio di stato: what a planner does to a plan's lifecycle. Approving takes the act (of the
 * plan, or of the revision in progress); a revision takes its reason.
 */
public sealed interface Transition {

    /** As long as a reason may be (the column's size). */
    int REASON_LENGTH = 2000;

    /** Approvare: the plan (version 1) or the revision in progress (the next version). */
    record Approve(ApprovingAct act) implements Transition {
        public Approve {
            Objects.requireNonNull(act, "act");
        }
    }

    /** Pubblicare: the approved plan becomes public. */
    record Publish() implements Transition {
    }

    /** Chiudere: the cycle is over, the plan is only read from now on. */
    record Close() implements Transition {
    }

    /** Rimodulare: begin a revision of an approved plan, for a reason. */
    record Revise(String reason) implements Transition {
        public Revise {
            Objects.requireNonNull(reason, "reason");
            reason = reason.strip();
            if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
                throw new IllegalArgumentException("a revision's reason is 1 to " + REASON_LENGTH + " characters");
            }
        }
    }

    /** The problems of a revision's reason as typed ({@code reason}): required, not only blanks, not too long. */
    static List<FieldProblem> reasonProblems(String reason) {
        var r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            return List.of(new FieldProblem("reason", Message.of("lifecycle.reason.missing")));
        }
        if (r.length() > REASON_LENGTH) {
            return List.of(new FieldProblem("reason", Message.of("lifecycle.reason.too-long")));
        }
        return List.of();
    }

    /** A revision from its typed reason, or the problems of the reason. */
    static Revise revise(String reason) {
        var problems = reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new LifecycleInputException(problems);
        }
        return new Revise(reason);
    }

    /** An approval from the typed act number and date, or the problems of each field. */
    static Approve approve(String number, String date) {
        return switch (ApprovingAct.read(number, date)) {
            case ApprovingAct.Reading.Read read -> new Approve(read.act());
            case ApprovingAct.Reading.Refused refused -> throw new LifecycleInputException(refused.problems());
        };
    }

    /** The key of the transition's name in the message bundles ({@code lifecycle.transition.approve}). */
    default String key() {
        return "lifecycle.transition." + switch (this) {
            case Approve a -> "approve";
            case Publish p -> "publish";
            case Close c -> "close";
            case Revise r -> "revise";
        };
    }
}
