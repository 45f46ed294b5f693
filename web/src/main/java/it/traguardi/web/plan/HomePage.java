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
     * One plan: its year, the link to its tree, how many indicators it has and its overall
     * achievement, empty until scores are stored.
     */
    public record PlanLink(int year, String href, int indicators, String achievement) {

        public boolean achievementKnown() {
            return !achievement.isEmpty();
        }
    }
}
