package it.traguardi.web.report;

import it.traguardi.web.Layout;
import java.util.List;

/** The model of {@code report/reports.jte}: the plan's four reports, each with what it holds and its page. */
public record ReportsPage(Layout layout, String planTitle, String planHref, String versionNotice, List<Entry> reports) {

    public ReportsPage {
        reports = List.copyOf(reports);
    }

    /** One report: its name, what it holds, the address of its page. */
    public record Entry(String key, String title, String about, String href) {
    }
}
