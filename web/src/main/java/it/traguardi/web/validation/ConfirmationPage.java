package it.traguardi.web.validation;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code validation/confirm.jte}: the values of a period that the person may confirm
 * (the rows assigned to them), each with its confirmation state, and the form that confirms them.
 */
public record ConfirmationPage(Layout layout, String planHref, String path, String period, List<PeriodOption> periods,
        List<Row> rows, int waiting, String notice) {

    public ConfirmationPage {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    /** A period the picker offers. */
    public record PeriodOption(String value, String label, boolean selected) {
    }

    /** One value: what it is of, the value, and "confermato da ... il ...", "da riconfermare" or "da confermare". */
    public record Row(String label, String value, String state, boolean confirmed) {
    }
}
