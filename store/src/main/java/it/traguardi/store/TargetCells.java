package it.traguardi.store;

import it.traguardi.core.value.Notation;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;

/**
 * The parts of a target that go into columns: its kind, the quantity (low end of a range), the
 * high end of a range, and the notation of a comparison. Parts a kind does not have are null,
 * as their columns are.
 */
record TargetCells(String kind, Quantity low, Quantity high, Notation notation) {

    static TargetCells of(Target target) {
        return switch (target) {
            case Target.AtLeast t -> new TargetCells("AT_LEAST", t.threshold(), null, t.notation());
            case Target.AtMost t -> new TargetCells("AT_MOST", t.threshold(), null, t.notation());
            case Target.Exactly t -> new TargetCells("EXACTLY", t.value(), null, null);
            case Target.Between t -> new TargetCells("BETWEEN", t.low(), t.high(), null);
            case Target.Deadline t -> new TargetCells("DEADLINE", null, null, null);
            case Target.Milestone t -> new TargetCells("MILESTONE", null, null, null);
            case Target.Missing t -> new TargetCells("MISSING", null, null, null);
        };
    }
}
