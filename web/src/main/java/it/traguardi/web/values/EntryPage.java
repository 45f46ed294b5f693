package it.traguardi.web.values;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code values/entry.jte}: the period picker, the summary of the plan's scores, the
 * rows still waiting for a value and those that have one; {@code locked} says who validated the
 * period and when, empty while it takes values; for a referente, the line that says only the rows
 * of their assignments are listed ({@code scope}, empty for whoever sees every row), and whether
 * none is ({@code nothingAssigned}: the page says so instead of two empty lists).
 */
public record EntryPage(Layout layout, Links links, List<PeriodOption> periods, Summary summary,
        List<EntryRow> pending, List<EntryRow> done, String notice, String locked, String scope,
        boolean nothingAssigned) {

    public EntryPage {
        periods = List.copyOf(periods);
        pending = List.copyOf(pending);
        done = List.copyOf(done);
    }

    public boolean isLocked() {
        return !locked.isEmpty();
    }

    /** The addresses of the page: the plan, this page, where rows post, the upload. */
    public record Links(String plan, String path, String entry, String upload, String period) {
    }

    /** A period the picker offers. */
    public record PeriodOption(String value, String label, boolean selected) {
    }

    /** The plan's overall achievement at the period, and how many indicators have a score. */
    public record Summary(ScoreView overall, String periodLabel, int scored, int indicators) {
    }

    /** What one row's answer needs: the row, the page's links and the summary swapped out of band. */
    public record RowAnswer(Layout layout, Links links, EntryRow row, Summary summary) {
    }
}
