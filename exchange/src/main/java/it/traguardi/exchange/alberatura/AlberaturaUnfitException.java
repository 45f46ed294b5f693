package it.traguardi.exchange.alberatura;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import java.util.List;

/**
 * A plan that the 12-field alberatura cannot hold whole: an objective whose indicators have baselines
 * in more than three years, or a target for a year the layout has no column for (the plan's latest
 * three target years have one). Writing it would drop those values without a word, and a file read back would lose
 * them, so {@link AlberaturaWriter} refuses it, with each reason.
 */
public final class AlberaturaUnfitException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Message> reasons;

    AlberaturaUnfitException(List<Message> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    /** Why the plan does not fit, one message a reason. */
    public List<Message> reasons() {
        return reasons;
    }

    /** The reasons in one text, in the language of {@code messages}, as the refusals quote them. */
    public String reasons(Messages messages) {
        return String.join("; ", reasons.stream().map(messages::render).toList());
    }
}
