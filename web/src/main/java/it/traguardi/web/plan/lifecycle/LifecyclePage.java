package it.traguardi.web.plan.lifecycle;

import it.traguardi.web.Layout;
import java.util.List;
import java.util.Map;

/**
 * The model of {@code plan/lifecycle/lifecycle.jte}: the plan's state, the revision in progress,
 * its approved versions, and the forms of the transitions the state allows (shown only to whom
 * may edit the plan). {@code version} is the plan row's version every form carries; {@code notice}
 * what was just done, {@code refusal} why a request changed nothing, {@code problems} the fields
 * typed wrong (by field name: actNumber, actDate, reason) with what was typed in {@code typed}.
 */
public record LifecyclePage(Layout layout, String planHref, String action, String compareHref, String state,
        String revisionReason, int version, List<VersionRow> versions, Forms forms, String notice, String refusal,
        Map<String, String> problems, Map<String, String> typed) {

    public LifecyclePage {
        versions = List.copyOf(versions);
        problems = Map.copyOf(problems);
        typed = Map.copyOf(typed);
    }

    /** One approved version: its number, act, revision reason, who approved it and when, the link to it. */
    public record VersionRow(int number, String act, String reason, String approvedAt, String approvedBy, String href) {
    }

    /** Which transition forms the page shows; none to whom may not edit the plan. */
    public record Forms(boolean approve, boolean approveRevision, boolean publish, boolean close, boolean revise) {

        static final Forms NONE = new Forms(false, false, false, false, false);

        public boolean any() {
            return approve || approveRevision || publish || close || revise;
        }
    }

    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    public boolean revising() {
        return !revisionReason.isEmpty();
    }
}
