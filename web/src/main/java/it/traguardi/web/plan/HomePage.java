package it.traguardi.web.plan;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/home.jte}: every entity with its stored plans, newest year first, and the
 * dashboard (cruscotto) of each entity's newest plan.
 */
public record HomePage(Layout layout, List<Entity> entities, List<Dashboard> dashboards) {

    public HomePage {
        entities = List.copyOf(entities);
        dashboards = List.copyOf(dashboards);
    }

    /** An entity (ente) and its plans. */
    public record Entity(String name, List<PlanLink> plans) {

        public Entity {
            plans = List.copyOf(plans);
        }
    }

    /**
     * One plan: its year, the link to its tree, how many indicators it has, its overall achievement
     * (empty while N/D), what that achievement stands on, and whether it is provisional.
     */
    public record PlanLink(int year, String href, int indicators, String achievement, String coverage,
            boolean provisional) {

        public boolean achievementKnown() {
            return !achievement.isEmpty();
        }
    }

    /** A node named on the dashboard: label, address and achievement. */
    public record NodeLink(String label, String href, String achievement) {
    }

    /**
     * Il cruscotto of one plan: its entity and heading, the plan's row of the table, the achievement of each
     * area, how many indicators are at risk with the first few of them and the link to all of them,
     * what waits for the next monitoring, and the values last recorded.
     */
    public record Dashboard(String entity, String heading, PlanLink plan, List<NodeLink> areas, int atRiskCount,
            List<NodeLink> atRisk, String atRiskHref, Waiting waiting, List<Change> changes) {

        public Dashboard {
            areas = List.copyOf(areas);
            atRisk = List.copyOf(atRisk);
            changes = List.copyOf(changes);
        }
    }

    /** The next monitoring as shown: its name, its deadline, the values missing of all asked, the entry page. */
    public record Waiting(String period, String deadline, int missing, int total, String href) {
    }

    /** A value last recorded: for what (with its page, or "" for a measure), the value, the period, when and by whom. */
    public record Change(String target, String href, String value, String period, String when, String by) {
    }
}
