package it.traguardi.web.result;

import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.store.PlanResult;

/** One node of a stored plan with the plan's results and the node's own score. */
public record Located(PlanResult result, PlanNode node, ScoreNode score) {
}
