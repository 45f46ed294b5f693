package it.traguardi.web.access;

/**
 * Piani pubblicati: which plans the public (and people of other entities) may read. Plans have no
 * lifecycle yet (draft, approved, published, closed: issue 9), so {@link #UNTIL_LIFECYCLE} counts
 * every plan as published; the lifecycle replaces it here, and nowhere else.
 */
@FunctionalInterface
public interface PublishedPlans {

    /** Every plan is published: the rule until plans have a lifecycle. */
    PublishedPlans UNTIL_LIFECYCLE = plan -> true;

    /** Nothing is published: only the people of an entity read its plans. */
    PublishedPlans NONE = plan -> false;

    boolean published(Resource.Plan plan);
}
