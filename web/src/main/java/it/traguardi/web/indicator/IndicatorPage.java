package it.traguardi.web.indicator;

import it.traguardi.web.Layout;
import it.traguardi.web.result.Light;
import java.util.List;

/**
 * The model of {@code indicator/indicator.jte}: everything already formatted in the page's
 * language. {@code chart} is server-made SVG; {@code error} is the comment form's message, empty
 * when there is none.
 */
public record IndicatorPage(Layout layout, String planTitle, String planHref, Definition definition,
        List<YearRow> years, Result result, List<HistoryRow> history, String chart, List<Comment> comments,
        String commentAction, String commentText, String error, String auditHref) {

    public IndicatorPage {
        years = List.copyOf(years);
        history = List.copyOf(history);
        comments = List.copyOf(comments);
    }

    /** The indicator's definition. */
    public record Definition(String code, String title, String weight, String algorithm, String formula, String unit,
            String source, String owner) {
    }

    /**
     * One year: its baseline, its target (as shown, and as the plan wrote it where that reads
     * differently, else empty) and its actual, N/D or empty where there is none.
     */
    public record YearRow(int year, String baseline, String target, String written, String actual) {
    }

    /** The score: actual, target, achievement, traffic light and, when N/D, the reason. */
    public record Result(String period, String actual, String target, String achievement, Light light, String reason) {
    }

    /** One recorded value of the indicator: when, by whom, why. */
    public record HistoryRow(String period, String value, String when, String by, String why, boolean counts) {
    }

    /** A comment as shown. */
    public record Comment(String text, String author, String when) {
    }

    public boolean hasError() {
        return !error.isEmpty();
    }
}
