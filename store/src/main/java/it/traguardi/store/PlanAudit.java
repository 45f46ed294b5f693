package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.audit.PlanDiff;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The audit entries of a whole plan written or deleted: a plan created, replaced by a new reading
 * (with what changed in each node recognised), edited (only what changed, node by node) or
 * deleted. A plan is told by its version and how many nodes of each level it has; nodes by
 * {@link PlanDiff}.
 */
final class PlanAudit {

    private PlanAudit() {
    }

    /** The entries of writing {@code written} as version {@code version} over {@code stored}, if any. */
    static List<AuditChange> written(PlanSaving.Kind kind, Optional<Plan> stored, Plan written, int version) {
        var scope = new AuditScope.OfPlan(written.entity(), written.year());
        var out = new ArrayList<AuditChange>();
        if (stored.isEmpty()) {
            out.add(new AuditChange(scope, ChangeKind.PLAN_CREATED, subject(written), "", summary(written, version), ""));
            return out;
        }
        if (kind == PlanSaving.Kind.REPLACE_READING) {
            out.add(new AuditChange(scope, ChangeKind.PLAN_REPLACED, subject(written),
                    summary(stored.get(), version - 1), summary(written, version), ""));
        }
        for (var change : PlanDiff.between(stored.get(), written)) {
            out.add(new AuditChange(new AuditScope.OfNode(written.entity(), written.year(), change.node()),
                    change.kind(), change.label(), change.before(), change.after(), ""));
        }
        return out;
    }

    /** The entry of deleting the stored plan, version {@code version}. */
    static AuditChange deleted(Plan stored, int version) {
        return new AuditChange(new AuditScope.OfPlan(stored.entity(), stored.year()), ChangeKind.PLAN_DELETED,
                subject(stored), summary(stored, version), "", "");
    }

    private static String subject(Plan plan) {
        return "piano " + plan.entity() + " " + plan.year();
    }

    private static String summary(Plan plan, int version) {
        var out = new LinkedHashMap<String, String>();
        out.put("versione", String.valueOf(version));
        out.put("ambiti", count(plan, NodeKind.AREA));
        out.put("obiettivi strategici", count(plan, NodeKind.STRATEGIC_OBJECTIVE));
        out.put("obiettivi operativi", count(plan, NodeKind.OPERATIONAL_OBJECTIVE));
        out.put("indicatori", count(plan, NodeKind.INDICATOR));
        return CompactJson.object(out);
    }

    private static String count(Plan plan, NodeKind kind) {
        return String.valueOf(plan.nodes().stream().filter(n -> n.kind() == kind).count());
    }
}
