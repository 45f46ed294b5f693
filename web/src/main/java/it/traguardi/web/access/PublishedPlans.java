package it.traguardi.web.access;

import it.traguardi.store.PlanLifecycle;

/**
 * Piani pubblicati: which plans the public (and people of other entities) may read: those
 * published or closed ({@code core.lifecycle.PlanState#isPublic}), as stored. Drafts and plans
 * approved but not yet published are read only by the people of their entity.
 */
@FunctionalInterface
public interface PublishedPlans {

    /** Nothing is published: only the people of an entity read its plans. */
    PublishedPlans NONE = plan -> false;

    /** The rule of an installation: the plans whose stored state is published or closed. */
    static PublishedPlans stored(PlanLifecycle lifecycle) {
        return plan -> lifecycle.isPublic(plan.entity(), plan.year());
    }

    boolean published(Resource.Plan plan);
}
