package it.traguardi.web.plan.edit;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Weight;
import java.util.ArrayList;
import java.util.List;

/** The rows of the editing page: each sibling group, then its members with their own groups under them. */
final class EditRows {

    private final Plan plan;
    private final Messages m;
    private final List<EditPage.EditRow> rows = new ArrayList<>();

    private EditRows(Plan plan, Messages m) {
        this.plan = plan;
        this.m = m;
    }

    static List<EditPage.EditRow> of(Plan plan, Messages m) {
        var out = new EditRows(plan, m);
        out.group(new SiblingGroup.Areas(), 0);
        return out.rows;
    }

    private void group(SiblingGroup group, int depth) {
        var members = PlanEdits.members(plan, group);
        var token = SiblingGroupToken.format(group);
        var sum = PlanEdits.sum(members.stream().map(PlanNode::weight).toList());
        var base = EditPaths.group(plan.entity(), plan.year(), token);
        rows.add(new EditPage.EditRow(true, depth, "gruppo-" + token, m.get("web.edit.group." + kind(group)),
                members.isEmpty() ? "" : PlanEdits.percent(sum), members.isEmpty() || Weight.completes(sum),
                members.isEmpty() ? "" : base, base + "/nuovo", "", "", false, false));
        for (int i = 0; i < members.size(); i++) {
            node(members.get(i), depth, i > 0, i < members.size() - 1);
        }
    }

    private void node(PlanNode node, int depth, boolean canUp, boolean canDown) {
        var href = EditPaths.node(plan.entity(), plan.year(), node.id());
        rows.add(new EditPage.EditRow(false, depth, "nodo-" + node.id().value(), node.label(),
                ItalianFormat.format(node.weight()), true, href, "", href + "/sposta", href + "/elimina", canUp, canDown));
        switch (node) {
            case StrategicArea a -> group(new SiblingGroup.Objectives(a.id()), depth + 1);
            case StrategicObjective os -> objective(os, depth + 1);
            case OperationalObjective oo ->
                    group(new SiblingGroup.OperationalIndicators(oo.id()), depth + 1);
            case Indicator i -> {
            }
        }
    }

    private void objective(StrategicObjective os, int depth) {
        var token = SiblingGroupToken.format(new SiblingGroup.Parts(os.id()));
        var sum = os.indicatorGroupWeight().percent().add(os.operationalGroupWeight().percent());
        rows.add(new EditPage.EditRow(true, depth, "gruppo-" + token,
                m.get("web.edit.group.parts", ItalianFormat.format(os.indicatorGroupWeight()),
                        ItalianFormat.format(os.operationalGroupWeight())),
                PlanEdits.percent(sum), Weight.completes(sum), EditPaths.group(plan.entity(), plan.year(), token),
                "", "", "", false, false));
        group(new SiblingGroup.ObjectiveIndicators(os.id()), depth);
        group(new SiblingGroup.Operationals(os.id()), depth);
    }

    static String kind(SiblingGroup group) {
        return switch (group) {
            case SiblingGroup.Areas a -> "areas";
            case SiblingGroup.Objectives o -> "objectives";
            case SiblingGroup.Parts p -> "parts";
            case SiblingGroup.ObjectiveIndicators i -> "indicators";
            case SiblingGroup.Operationals o -> "operational";
            case SiblingGroup.OperationalIndicators i -> "indicators";
        };
    }
}
