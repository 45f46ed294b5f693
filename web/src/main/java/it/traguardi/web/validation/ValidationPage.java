package it.traguardi.web.validation;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code validation/periods.jte}: the plan's periods with their validation state, the
 * form that validates a period not yet validated, and for each validated one the form that reopens
 * it. {@code notice} says what was just done, {@code error} what was refused; empty when nothing.
 */
public record ValidationPage(Layout layout, String planHref, String action, String reopenAction, List<PeriodRow> periods,
        List<Option> open, String notice, String error, String remarks) {

    public ValidationPage {
        periods = List.copyOf(periods);
        open = List.copyOf(open);
    }

    /**
     * One period: its label, its value in forms, its state in words, the remarks of its standing
     * validation, and whether it is locked (and so offers the reopening).
     */
    public record PeriodRow(String id, String label, String value, String state, String remarks, List<String> history,
            boolean locked) {
        public PeriodRow {
            history = List.copyOf(history);
        }
    }

    /** A period the validation form offers. */
    public record Option(String value, String label) {
    }

    public boolean hasError() {
        return !error.isEmpty();
    }
}
