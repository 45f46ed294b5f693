package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import java.util.List;
import java.util.Locale;

/** The problems of a file as the command line prints them, in Italian or English. */
final class Problems {

    interface Reading {
        Object read() throws ImportException;
    }

    private Problems() {
    }

    static List<String> of(Reading reading) {
        return in(Locale.ITALIAN, reading);
    }

    static List<String> in(Locale locale, Reading reading) {
        try {
            reading.read();
        } catch (ImportException e) {
            return ImportProblem.renderGrouped(e.problems(), Messages.forLanguage(locale.getLanguage()));
        }
        throw new AssertionError("the file was read");
    }
}
