package it.traguardi.web.plan;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The plan's quality findings ({@code PlanCheck}), grouped by kind and, within a kind, by the node
 * they concern (a target easier than its baseline is one finding per year: the indicator is counted
 * once, its years told below it), rendered in the page's language.
 */
public record QualityReport(int total, List<Group> groups) {

    public QualityReport {
        groups = List.copyOf(groups);
    }

    /** The findings of one kind: its title with counts and severity, and the findings of each node. */
    public record Group(String kind, String severity, String summary, List<NodeFindings> nodes) {

        public Group {
            nodes = List.copyOf(nodes);
        }
    }

    /** The findings of one node: its label, and each finding's message (one per year, for a target). */
    public record NodeFindings(String label, List<String> messages) {

        public NodeFindings {
            messages = List.copyOf(messages);
        }
    }

    static QualityReport of(Plan plan, List<Finding> findings, Messages m) {
        var byKind = new LinkedHashMap<FindingKind, List<Finding>>();
        findings.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        var groups = new ArrayList<Group>();
        byKind.forEach((kind, ofKind) -> groups.add(group(plan, kind, ofKind, m)));
        return new QualityReport(findings.size(), groups);
    }

    private static Group group(Plan plan, FindingKind kind, List<Finding> findings, Messages m) {
        var byNode = new LinkedHashMap<Object, List<String>>();
        findings.forEach(f -> byNode.computeIfAbsent(f.nodes().isEmpty() ? f : f.nodes().getFirst(),
                k -> new ArrayList<>()).add(m.render(f.message())));
        var nodes = new ArrayList<NodeFindings>();
        byNode.forEach((key, messages) -> nodes.add(new NodeFindings(key instanceof NodeId id
                ? plan.node(id).map(PlanNode::label).orElse("") : "", messages)));
        var indicators = byNode.keySet().stream().allMatch(k -> k instanceof NodeId id
                && plan.node(id).filter(Indicator.class::isInstance).isPresent());
        var severity = kind.severity().name().toLowerCase(Locale.ROOT);
        var title = m.get(kind.titleKey());
        var summary = nodes.size() == findings.size()
                ? m.get("web.quality.kind", title, findings.size(), m.get("check.severity." + severity))
                : m.get(indicators ? "web.quality.kind.indicators" : "web.quality.kind.nodes", title, nodes.size(), findings.size(), m.get("check.severity." + severity));
        return new Group(kind.name().toLowerCase(Locale.ROOT), severity, summary, nodes);
    }
}
