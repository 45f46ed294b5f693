package it.traguardi.core.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Scrittura a video: one way of writing values and targets for people, on every page, in the
 * command line's tables and in messages. Comparisons always with {@code ≥ ≤} (however the plan wrote
 * them), a percentage with its sign right after the number ({@code 97,09%}, as weights are written),
 * other units after a space ({@code 1.133 N.}, {@code 12 gg}), dates as they are typed
 * ({@code 31-12-2022}), {@code N/D} for what is not there.
 *
 * <p>Files and the API keep the plan's own notation ({@link ItalianFormat#format(Target)}), so an
 * exported plan reads back as it was written.
 */
public final class ShownFormat {

    /** Italy's time, whatever the server's: an office reads the hour of a change as it lived it. */
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu").withZone(ITALY);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm").withZone(ITALY);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss").withZone(ITALY);

    private ShownFormat() {
    }

    public static String of(Quantity quantity) {
        var number = ItalianFormat.formatNumber(quantity.amount());
        return quantity.unit() == Unit.PERCENT ? number + "%" : number + " " + quantity.unit().symbol();
    }

    public static String of(Value value) {
        return switch (value) {
            case Value.Amount n -> of(n.quantity());
            case Value.Day d -> ItalianFormat.formatDate(d.date());
            case Value.Flag f -> f.yes() ? ItalianFormat.YES : ItalianFormat.NO;
            case Value.Missing m -> ItalianFormat.NOT_AVAILABLE;
        };
    }

    public static String of(Target target) {
        return switch (target) {
            case Target.AtLeast t -> Notation.SYMBOL.atLeast() + " " + of(t.threshold());
            case Target.AtMost t -> Notation.SYMBOL.atMost() + " " + of(t.threshold());
            case Target.Exactly t -> "= " + of(t.value());
            case Target.Between t -> "tra " + ItalianFormat.formatNumber(t.low().amount()) + " e " + of(t.high());
            case Target.Deadline t -> ItalianFormat.format(t);
            case Target.Milestone t -> ItalianFormat.format(t);
            case Target.Missing t -> ItalianFormat.NOT_AVAILABLE;
        };
    }

    /** The day of an instant in Italy: {@code 31-12-2022} (a token's expiry). */
    public static String day(Instant at) {
        return DAY.format(at);
    }

    /** When something was recorded, in Italy, to the minute: {@code 31-12-2022 14:05}. */
    public static String moment(Instant at) {
        return MOMENT.format(at);
    }

    /** When something was recorded, in Italy, to the second (the audit trail): {@code 31-12-2022 14:05:09}. */
    public static String exactMoment(Instant at) {
        return EXACT.format(at);
    }

    /** A percentage of achievement, of coverage or of weight: {@code 92,82%}. */
    public static String percent(BigDecimal percent) {
        return ItalianFormat.formatNumber(percent) + "%";
    }
}
