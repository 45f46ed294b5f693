package it.traguardi.web.compare;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code compare/entities.jte}: the query form (values as written, a problem under each
 * field that has one), what the rows are about, one row per entity of the page, and the links to the
 * other pages.
 */
public record ComparisonPage(Layout layout, Fields fields, String summary, List<Row> rows, Pager pager, String api) {

    public ComparisonPage {
        rows = List.copyOf(rows);
    }

    /** The form's values and the problem of each (empty when none). */
    public record Fields(String year, String code, String period, String yearProblem, String codeProblem,
            String periodProblem) {
    }

    /** One entity: its name and plan, the indicator's title and page, target, actual and achievement as shown. */
    public record Row(String entity, String planHref, String title, String indicatorHref, String target,
            String actual, String achievement) {
    }

    /**
     * Where the page is among the pages (the rows shown of how many, "page 2 of 80") and the
     * addresses of the previous and next pages: empty texts when there is one page, an empty address
     * at either end.
     */
    public record Pager(String range, String current, String previous, String next) {

        public static final Pager NONE = new Pager("", "", "", "");

        public boolean shown() {
            return !range.isEmpty();
        }
    }
}
