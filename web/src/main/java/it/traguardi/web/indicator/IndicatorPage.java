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
        String commentAction, String commentText, String error, String auditHref, List<Remark> remarks,
        RemarkForm remarkForm) {

    public IndicatorPage {
        remarks = List.copyOf(remarks);
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

    /**
     * One recorded value of the indicator: when, by whom, why; beside the value that counts, its
     * confirmation state (empty when it was never confirmed).
     */
    public record HistoryRow(String period, String value, String when, String by, String why, boolean counts,
            String confirmation) {
    }

    /** A remark (rilievo) of the valutatore as shown. */
    public record Remark(String period, String text, String author, String when) {
    }

    /** The remark form: shown to whoever may validate; where it posts, its periods, what was posted and its problem. */
    public record RemarkForm(boolean shown, String action, List<Option> periods, String text, String error) {
        public RemarkForm {
            periods = List.copyOf(periods);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    /** A period the remark form offers. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A comment as shown. */
    public record Comment(String text, String author, String when) {
    }

    public boolean hasError() {
        return !error.isEmpty();
    }
}
