package it.traguardi.web.plan;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** The plan's quality findings ({@code PlanCheck}), grouped by kind and rendered in the page's language. */
public record QualityReport(int total, List<Group> groups) {

    public QualityReport {
        groups = List.copyOf(groups);
    }

    /** The findings of one kind: its title with count and severity, and each finding's message. */
    public record Group(String kind, String severity, String summary, List<String> messages) {

        public Group {
            messages = List.copyOf(messages);
        }
    }

    static QualityReport of(List<Finding> findings, Messages m) {
        var byKind = new LinkedHashMap<FindingKind, List<String>>();
        findings.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(m.render(f.message())));
        var groups = new ArrayList<Group>();
        byKind.forEach((kind, messages) -> {
            var severity = kind.severity().name().toLowerCase(Locale.ROOT);
            var summary = m.get("web.quality.kind", m.get(kind.titleKey()), messages.size(),
                    m.get("check.severity." + severity));
            groups.add(new Group(kind.name().toLowerCase(Locale.ROOT), severity, summary, messages));
        });
        return new QualityReport(findings.size(), groups);
    }
}
