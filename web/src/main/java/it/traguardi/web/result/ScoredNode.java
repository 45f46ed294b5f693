package it.traguardi.web.result;

import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.store.PlanResult;

/** One node of a scored plan: the node, its own score and the results of the whole plan it belongs to. */
public record ScoredNode(PlanResult result, PlanNode node, ScoreNode score) {
}
