package it.traguardi.core.transfer;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fields a value, baseline or target row needs by its kind (a number its amount, scale and
 * unit; a day its date; a yes/no its flag), and a scale that keeps the amount exact: what the store
 * reads back as a value or target, checked before anything is written.
 */
final class RowShapes {

    /** The fields each kind of value and target needs besides the kind. */
    private static final Map<String, List<String>> NEEDS = Map.ofEntries(
            Map.entry("NUMBER", List.of("amount", "amount_scale", "unit")),
            Map.entry("DAY", List.of("date_value")), Map.entry("FLAG", List.of("flag")), Map.entry("MISSING", List.of()),
            Map.entry("AT_LEAST", List.of("amount", "amount_scale", "unit", "notation")),
            Map.entry("AT_MOST", List.of("amount", "amount_scale", "unit", "notation")),
            Map.entry("EXACTLY", List.of("amount", "amount_scale", "unit")),
            Map.entry("BETWEEN", List.of("amount", "amount_scale", "amount_high", "amount_high_scale", "unit")),
            Map.entry("DEADLINE", List.of("date_value")), Map.entry("MILESTONE", List.of("flag")));

    private RowShapes() {
    }

    static void check(FullSection section, int index, FullRow row, Consumer<TransferProblem> problems) {
        var kind = row.text(section, "kind").orElse("");
        for (var field : NEEDS.getOrDefault(kind, List.of())) {
            if (row.get(section, field) instanceof FullCell.Empty) {
                problems.accept(new TransferProblem(TransferProblem.path(section, index, field),
                        Message.of("full.problem.needed", kind)));
            }
        }
        row.text(section, "unit").ifPresent(unit -> quantity(section, index, row, unit, problems));
        scale(section, index, row, "amount", "amount_scale", problems);
        if (section.fields().stream().anyMatch(f -> f.name().equals("amount_high"))) {
            scale(section, index, row, "amount_high", "amount_high_scale", problems);
        }
    }

    private static void quantity(FullSection section, int index, FullRow row, String unit, Consumer<TransferProblem> problems) {
        var path = TransferProblem.path(section, index, "unit");
        try {
            var amount = row.decimal(section, "amount").orElse(BigDecimal.ZERO);
            new Quantity(amount, Unit.valueOf(unit));
        } catch (IllegalArgumentException e) {
            problems.accept(new TransferProblem(path, Message.of("full.problem.unit", unit)));
        }
    }

    /** The amount is stored with the scale it was written with; more decimals than that would be lost. */
    private static void scale(FullSection section, int index, FullRow row, String amount, String scale,
            Consumer<TransferProblem> problems) {
        var number = row.decimal(section, amount);
        var decimals = row.integer(section, scale);
        if (number.isPresent() && decimals.isPresent()
                && Math.max(0, number.get().stripTrailingZeros().scale()) > decimals.get()) {
            problems.accept(new TransferProblem(TransferProblem.path(section, index, scale),
                    Message.of("full.problem.scale", number.get().toPlainString(), decimals.get())));
        }
    }
}
