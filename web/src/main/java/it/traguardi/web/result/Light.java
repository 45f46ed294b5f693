package it.traguardi.web.result;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.score.Status;
import java.util.Locale;

/**
 * A traffic light (semaforo) as shown: a word, a shape and a colour, so that it never relies on
 * colour alone. {@code css} names the colour class, {@code shape} is a symbol hidden from screen
 * readers (the word says it).
 */
public record Light(String css, String shape, String word) {

    public static Light of(Status status, Messages m) {
        var css = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Light(css, shape(status), m.get("web.result.status." + css));
    }

    private static String shape(Status status) {
        return switch (status) {
            case ACHIEVED -> "●";
            case PARTLY_ACHIEVED -> "▲";
            case NOT_ACHIEVED -> "■";
            case NOT_AVAILABLE -> "?";
            case MONITORING_ONLY -> "◇";
        };
    }

    /** Not achieved or only partly: what the "a rischio" filter keeps. */
    public static boolean atRisk(Status status) {
        return status == Status.NOT_ACHIEVED || status == Status.PARTLY_ACHIEVED;
    }
}
