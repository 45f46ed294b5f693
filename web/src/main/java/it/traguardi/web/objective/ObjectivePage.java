package it.traguardi.web.objective;

import java.util.List;

import it.traguardi.web.Layout;
import it.traguardi.web.result.ExplanationView;
import it.traguardi.web.result.Light;

/**
 * The model of {@code objective/objective.jte}: an objective's or area's score with its
 * explanation, what the score stands on ({@code coverage}; {@code provisional} when too little of
 * the weight is measured) and the server-made SVG chart of the contributions ({@code chart} empty
 * when none); {@code schedaHref} is the objective's scheda among the plan's reports (empty for an area).
 */
public record ObjectivePage(Layout layout, String planTitle, String planHref, String kind, String weight,
        String achievement, Light light, String reason, String coverage, boolean provisional,
        ExplanationView explanation, String chart, String auditHref, List<Remark> remarks, String schedaHref) {

    public ObjectivePage {
        remarks = List.copyOf(remarks);
    }

    /** A remark (rilievo) of the valutatore on the node as shown: period, text, author, when. */
    public record Remark(String period, String text, String author, String when) {
    }
}
