package it.traguardi.web.plan;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Weight;
import it.traguardi.store.PlanResult;
import it.traguardi.web.result.Light;
import it.traguardi.web.result.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the shown tree from a plan and a filter. An indicator is shown when it, or one of its
 * ancestors, matches the text search (and it has no formula, its owner is the one asked for, it is
 * at risk, when so asked); an objective or area
 * is shown when something below it is. Areas start closed unless a filter is active.
 */
final class PlanTree {

    private final Plan plan;
    private final PlanResult result;
    private final TreeFilter filter;
    private final Messages messages;

    PlanTree(PlanResult result, TreeFilter filter, Messages messages) {
        this.plan = result.plan();
        this.result = result;
        this.filter = filter;
        this.messages = messages;
    }

    List<TreeNode> nodes() {
        return plan.areas().stream().filter(filter::keepsArea).flatMap(a -> area(a).stream()).toList();
    }

    private Optional<TreeNode> area(StrategicArea area) {
        boolean hit = filter.matches(area);
        var children = new ArrayList<TreeNode>();
        area.objectives().forEach(os -> strategic(os, hit).ifPresent(children::add));
        return branch("area", area, area.weight(), filter.active(), children);
    }

    private Optional<TreeNode> strategic(StrategicObjective os, boolean ancestorHit) {
        boolean hit = ancestorHit || filter.matches(os);
        var children = new ArrayList<TreeNode>();
        var indicators = indicators(os.indicators(), hit);
        if (!indicators.isEmpty()) {
            children.add(group("web.group.indicators", os.indicatorGroupWeight(), indicators));
        }
        var operational = new ArrayList<TreeNode>();
        os.operationalObjectives().forEach(oo -> operational(oo, hit).ifPresent(operational::add));
        if (!operational.isEmpty()) {
            children.add(group("web.group.operational", os.operationalGroupWeight(), operational));
        }
        return branch("os", os, os.weight(), true, children);
    }

    private Optional<TreeNode> operational(OperationalObjective oo, boolean ancestorHit) {
        boolean hit = ancestorHit || filter.matches(oo);
        return branch("oo", oo, oo.weight(), true, indicators(oo.indicators(), hit));
    }

    private List<TreeNode> indicators(List<Indicator> indicators, boolean ancestorHit) {
        return indicators.stream()
                .filter(i -> ancestorHit || filter.matches(i))
                .filter(i -> !filter.withoutFormula() || !i.definition().hasFormula())
                .filter(i -> filter.keepsOwner(i.definition().owner()))
                .filter(i -> !filter.atRisk() || Light.atRisk(score(i).status()))
                .map(this::indicator)
                .toList();
    }

    private TreeNode indicator(Indicator indicator) {
        var d = indicator.definition();
        var baseline = d.latestKnownBaseline()
                .map(e -> ShownFormat.of(e.getValue()) + " (" + e.getKey() + ")")
                .orElse(ItalianFormat.NOT_AVAILABLE);
        var target = d.targetFor(plan.year()).map(ShownFormat::of).orElse(ItalianFormat.NOT_AVAILABLE);
        var score = score(indicator);
        return new TreeNode("indicator", indicator.label(), href(indicator), ItalianFormat.format(indicator.weight()),
                target, baseline, ResultFormat.actual(result.actuals().get(indicator.id())), ResultFormat.achievement(score.score()),
                Light.of(score.status(), messages), !d.hasFormula(), indicator.monitoringOnly(), false, "", false,
                List.of());
    }

    private ScoreNode score(PlanNode node) {
        return result.tree().find(node.id()).orElseThrow();
    }

    private String href(PlanNode node) {
        return Results.nodeHref(plan.entity(), plan.year(), node);
    }

    /** The two weighted groups of a strategic objective: its indicators and its operational objectives. */
    private TreeNode group(String key, Weight weight, List<TreeNode> children) {
        return new TreeNode("group", messages.get(key), "", ItalianFormat.format(weight), "", "", "", "", null, false,
                false, true, "", false, children);
    }

    private Optional<TreeNode> branch(String level, PlanNode node, Weight weight, boolean open,
            List<TreeNode> children) {
        if (children.isEmpty()) {
            return Optional.empty();
        }
        var score = score(node);
        return Optional.of(new TreeNode(level, node.label(), href(node), ItalianFormat.format(weight), "", "", "",
                ResultFormat.achievement(score.score()), Light.of(score.status(), messages), false, false, open,
                ResultFormat.coverage(score.coverage(), messages), score.coverage().provisional(), children));
    }

    static int countIndicators(List<TreeNode> nodes) {
        return nodes.stream().mapToInt(n -> n.indicator() ? 1 : countIndicators(n.children())).sum();
    }
}
