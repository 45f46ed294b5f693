package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/** One rule of the plan's policy changed for a single indicator, or the whole policy replaced. */
public sealed interface PolicyChange {

    record Cap(boolean atFull) implements PolicyChange {
    }

    record FloorAt(Floor floor) implements PolicyChange {
        public FloorAt {
            Objects.requireNonNull(floor, "floor");
        }
    }

    record Bands(ScoreBands bands) implements PolicyChange {
        public Bands {
            Objects.requireNonNull(bands, "bands");
        }
    }

    record Late(LateCredit credit) implements PolicyChange {
        public Late {
            Objects.requireNonNull(credit, "credit");
        }
    }

    /** How indicators with no value (N/D) count. */
    record MissingValues(MissingPolicy missing) implements PolicyChange {
        public MissingValues {
            Objects.requireNonNull(missing, "missing");
        }
    }

    record Lights(TrafficLights lights) implements PolicyChange {
        public Lights {
            Objects.requireNonNull(lights, "lights");
        }
    }

    /** The threshold of coverage under which a node's score is provisional (percent of its weight). */
    record Provisional(BigDecimal below) implements PolicyChange {
        public Provisional {
            Objects.requireNonNull(below, "below");
        }
    }

    /** The indicator follows a policy of its own, whatever the plan's. */
    record Replace(ScoringPolicy policy) implements PolicyChange {
        public Replace {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The base policy with the changes applied in order. */
    static ScoringPolicy applyAll(ScoringPolicy base, java.util.List<PolicyChange> changes) {
        var policy = base;
        for (var change : changes) {
            policy = change.applyTo(policy);
        }
        return policy;
    }

    default ScoringPolicy applyTo(ScoringPolicy base) {
        return switch (this) {
            case Cap c -> base.withCapAtFull(c.atFull());
            case FloorAt f -> base.withFloor(f.floor());
            case Bands b -> base.withBands(b.bands());
            case Late l -> base.withLateCredit(l.credit());
            case MissingValues m -> base.withMissing(m.missing());
            case Lights l -> base.withLights(l.lights());
            case Provisional p -> base.withProvisionalBelow(p.below());
            case Replace r -> r.policy();
        };
    }
}
