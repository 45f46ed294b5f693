package it.traguardi.web.result;

import io.javalin.http.Context;
import it.traguardi.core.lifecycle.VersionChoice;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.PlanLifecycle;
import it.traguardi.web.access.AccessGate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which version of a plan a request is shown: the one its {@code versione} parameter names (a
 * number, {@code approvato}, {@code rimodulato}, {@code corrente}), else the current plan to the
 * people of the plan's entity and the latest approved version to everyone else, so that the public
 * never sees a revision's working draft ({@link PlanLifecycle#shown}). The working version is
 * never shown to someone outside the entity, even when asked by name.
 */
public final class ShownPlans {

    /** The query parameter naming a version, on pages and API routes alike. */
    public static final String PARAMETER = "versione";

    private final PlanLifecycle lifecycle;
    private final AccessGate gate;

    public ShownPlans(PlanLifecycle lifecycle, AccessGate gate) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    public PlanLifecycle lifecycle() {
        return lifecycle;
    }

    /** Whether the requester is one of the people of the plan's entity, who are shown its current (working) version. */
    public boolean insider(Context ctx, String entity, int year) {
        return gate.insider(ctx, entity, year);
    }

    /** Whether the request asks for a version by name ({@code ?versione=...}). */
    public static boolean asked(Context ctx) {
        var text = ctx.queryParam(PARAMETER);
        return text != null && !text.isBlank();
    }

    /** The plan the request is shown; empty when there is no such plan, or no such version (or it is no version's name). */
    public Optional<Plan> find(Context ctx, String entity, int year) {
        var insider = gate.insider(ctx, entity, year);
        if (!asked(ctx)) {
            return lifecycle.shown(entity, year, insider);
        }
        var choice = VersionChoice.parse(ctx.queryParam(PARAMETER));
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        if (choice.get() instanceof VersionChoice.Current && !insider) {
            return lifecycle.shown(entity, year, false);
        }
        return lifecycle.read(entity, year, choice.get());
    }
}
