package it.traguardi.web.result;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.store.PlanResult;
import it.traguardi.store.PlanResults;
import it.traguardi.store.PlanStore;
import it.traguardi.web.PlanAddress;
import java.util.Optional;

/**
 * Finds the plan and node a page's address names ({@code {entity}}, {@code {year}}, {@code {id}})
 * and scores the plan from the stored values; an unknown plan or node is 404.
 */
public final class Results {

    private final PlanStore plans;
    private final PlanResults results;
    private final ShownPlans shown;

    public Results(PlanStore plans, PlanResults results, ShownPlans shown) {
        this.plans = plans;
        this.results = results;
        this.shown = shown;
    }

    /** Which version of a plan each request is shown. */
    public ShownPlans shown() {
        return shown;
    }

    public PlanStore plans() {
        return plans;
    }

    /** The scores of a plan at the end of its year. */
    public PlanResult of(Plan plan) {
        return results.of(plan);
    }

    /**
     * The plan the address names, in the version the request is shown ({@link ShownPlans}),
     * scored; 404 when none is stored, or the version asked for does not exist.
     */
    public PlanResult plan(Context ctx) {
        return results.of(PlanAddress.find(ctx, (entity, year) -> shown.find(ctx, entity, year)));
    }

    /** The node the address names, with its plan's results; 404 when unknown. */
    public ScoredNode node(Context ctx) {
        var result = plan(ctx);
        return locate(result, PlanAddress.node(ctx)).orElseThrow(NotFoundResponse::new);
    }

    /** The node with that id in the results, if the plan has it. */
    public static Optional<ScoredNode> locate(PlanResult result, NodeId id) {
        var node = result.plan().node(id);
        return node.flatMap(n -> result.tree().find(id).map(score -> new ScoredNode(result, n, score)));
    }


    /** The address of a node's page: indicators, objectives and areas each have their own. */
    public static String nodeHref(String entity, int year, PlanNode node) {
        var kind = switch (node.kind()) {
            case INDICATOR -> "/indicatori/";
            case STRATEGIC_OBJECTIVE, OPERATIONAL_OBJECTIVE -> "/obiettivi/";
            case AREA -> "/ambiti/";
        };
        return PlanAddress.href(entity, year) + kind + node.id().value();
    }
}
