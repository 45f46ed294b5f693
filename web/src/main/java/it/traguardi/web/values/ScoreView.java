package it.traguardi.web.values;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Status;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;

/**
 * A score as shown: the achievement ({@code 87,50%} or N/D) and the traffic light as a word, a
 * shape and a colour, so that it never rests on colour alone.
 */
public record ScoreView(String label, String achievement, String status, String shape, String css) {

    static ScoreView of(String label, ScoreNode node, Messages m) {
        var achievement = switch (node.score()) {
            case Score.Scored s -> ShownFormat.percent(s.achievement().percent());
            case Score.NotAvailable n -> ItalianFormat.NOT_AVAILABLE;
        };
        return new ScoreView(label, achievement, m.get("web.entry.status." + key(node.status())),
                shape(node.status()), "light-" + key(node.status()));
    }

    private static String key(Status status) {
        return switch (status) {
            case ACHIEVED -> "achieved";
            case PARTLY_ACHIEVED -> "partly";
            case NOT_ACHIEVED -> "not-achieved";
            case NOT_AVAILABLE -> "not-available";
            case MONITORING_ONLY -> "monitoring";
        };
    }

    /** Circle, triangle, square: told apart without colour. */
    private static String shape(Status status) {
        return switch (status) {
            case ACHIEVED -> "●";
            case PARTLY_ACHIEVED -> "▲";
            case NOT_ACHIEVED -> "■";
            case NOT_AVAILABLE -> "○";
            case MONITORING_ONLY -> "◇";
        };
    }
}
