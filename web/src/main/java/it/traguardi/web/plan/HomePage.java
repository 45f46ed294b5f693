package it.traguardi.web.plan;

import it.traguardi.web.Layout;
import java.util.List;

/** The model of {@code plan/home.jte}: every entity with its stored plans, newest year first. */
public record HomePage(Layout layout, List<Entity> entities) {

    public HomePage {
        entities = List.copyOf(entities);
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
}
