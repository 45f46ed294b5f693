package it.traguardi.web.objective;

import it.traguardi.web.Layout;
import it.traguardi.web.result.ExplanationView;
import it.traguardi.web.result.Light;

/**
 * The model of {@code objective/objective.jte}: an objective's or area's score with its
 * explanation, what the score stands on ({@code coverage}; {@code provisional} when too little of
 * the weight is measured) and the server-made SVG chart of the contributions ({@code chart} empty
 * when none).
 */
public record ObjectivePage(Layout layout, String planTitle, String planHref, String kind, String weight,
        String achievement, Light light, String reason, String coverage, boolean provisional,
        ExplanationView explanation, String chart, String auditHref) {
}
