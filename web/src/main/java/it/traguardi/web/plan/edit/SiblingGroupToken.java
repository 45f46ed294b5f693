package it.traguardi.web.plan.edit;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEditException;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;

/**
 * A sibling group in a URL, by its parent: {@code 0} is the entity (its areas); an area's or an
 * OO's id is its only group; an OS has three, {@code 12-indicators}, {@code 12-operational} and
 * {@code 12-parts} (the weights of those two groups).
 */
public final class SiblingGroupToken {

    private SiblingGroupToken() {
    }

    public static SiblingGroup parse(Plan plan, String token) {
        var t = token == null ? "" : token.strip();
        if (t.equals("0")) {
            return new SiblingGroup.Areas();
        }
        var dash = t.indexOf('-');
        var id = id(dash < 0 ? t : t.substring(0, dash));
        var node = plan.node(id).orElseThrow(() -> unknown(t));
        var suffix = dash < 0 ? "" : t.substring(dash + 1);
        return switch (node) {
            case StrategicArea a when suffix.isEmpty() -> new SiblingGroup.Objectives(id);
            case OperationalObjective oo when suffix.isEmpty() -> new SiblingGroup.OperationalIndicators(id);
            case StrategicObjective os when suffix.equals("indicators") -> new SiblingGroup.ObjectiveIndicators(id);
            case StrategicObjective os when suffix.equals("operational") -> new SiblingGroup.Operationals(id);
            case StrategicObjective os when suffix.equals("parts") -> new SiblingGroup.Parts(id);
            default -> throw unknown(t);
        };
    }

    public static String format(SiblingGroup group) {
        return switch (group) {
            case SiblingGroup.Areas a -> "0";
            case SiblingGroup.Objectives o -> Integer.toString(o.area().value());
            case SiblingGroup.OperationalIndicators o -> Integer.toString(o.operational().value());
            case SiblingGroup.ObjectiveIndicators o -> o.objective().value() + "-indicators";
            case SiblingGroup.Operationals o -> o.objective().value() + "-operational";
            case SiblingGroup.Parts o -> o.objective().value() + "-parts";
        };
    }

    private static NodeId id(String text) {
        try {
            return new NodeId(Integer.parseInt(text));
        } catch (IllegalArgumentException e) {
            throw unknown(text);
        }
    }

    private static PlanEditException unknown(String token) {
        return new PlanEditException(Message.of("web.edit.no-group", token));
    }
}
