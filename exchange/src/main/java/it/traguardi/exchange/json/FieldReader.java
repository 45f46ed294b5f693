package it.traguardi.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.transfer.FullCell;
import it.traguardi.core.transfer.Field;
import it.traguardi.core.value.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * One field of a full plan read from its JSON value, within the bounds of the column that will
 * keep it: a cell, or the message of why not. Large exponents are compared, never expanded.
 */
final class FieldReader {

    /** Either a cell or a problem. */
    sealed interface Read {
        record Good(FullCell cell) implements Read {
        }

        record Bad(Message message) implements Read {
        }
    }

    private FieldReader() {
    }

    static Read read(Field field, JsonNode value) {
        if (value.isNull()) {
            return field.nullable() ? new Read.Good(FullCell.EMPTY) : bad("full.problem.required");
        }
        return switch (field.type()) {
            case TEXT -> text(field, value);
            case INTEGER -> integer(field, value);
            case DECIMAL -> decimal(field, value);
            case DATE -> date(value);
            case TIME -> time(value);
            case FLAG -> value.isBoolean() ? new Read.Good(new FullCell.Flag(value.booleanValue())) : bad("full.problem.flag");
        };
    }

    private static Read text(Field field, JsonNode value) {
        if (!value.isTextual()) {
            return bad("full.problem.text");
        }
        var text = value.textValue();
        if (!field.allowed().isEmpty() && !field.allowed().contains(text)) {
            return bad("full.problem.choice", String.join(", ", field.allowed()));
        }
        if (text.length() > field.max()) {
            return bad("full.problem.long", field.max());
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F)) {
            return bad("full.problem.control");
        }
        return new Read.Good(new FullCell.Text(text));
    }

    private static Read integer(Field field, JsonNode value) {
        if (!value.isNumber()) {
            return bad("full.problem.number");
        }
        var number = value.decimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            return bad("full.problem.integer");
        }
        if (number.compareTo(BigDecimal.valueOf(field.min())) < 0 || number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            return bad("full.problem.range", field.min(), field.max());
        }
        return new Read.Good(new FullCell.Decimal(BigDecimal.valueOf(number.intValueExact())));
    }

    private static Read decimal(Field field, JsonNode value) {
        if (!value.isNumber()) {
            return bad("full.problem.number");
        }
        var number = value.decimalValue().stripTrailingZeros();
        // digits before the mark: precision - scale, computed without expanding an exponent
        if ((long) number.precision() - number.scale() > field.max() || number.scale() > field.scale()) {
            return bad("full.problem.digits", field.max(), field.scale());
        }
        return new Read.Good(new FullCell.Decimal(number.scale() < 0 ? number.setScale(0, RoundingMode.UNNECESSARY) : number));
    }

    private static Read date(JsonNode value) {
        if (!value.isTextual() || !value.textValue().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return bad("full.problem.date");
        }
        try {
            var date = LocalDate.parse(value.textValue());
            return inRange(date.getYear()) ? new Read.Good(new FullCell.Day(date)) : bad("full.problem.year",
                    Limits.FIRST_YEAR, Limits.LAST_YEAR);
        } catch (DateTimeParseException e) {
            return bad("full.problem.date");
        }
    }

    /** An instant in UTC, to the microsecond: what both databases keep, so it reads back the same. */
    private static Read time(JsonNode value) {
        if (!value.isTextual() || value.textValue().length() > 40) {
            return bad("full.problem.time");
        }
        try {
            var instant = Instant.parse(value.textValue());
            if (instant.getNano() % 1000 != 0) {
                return bad("full.problem.time");
            }
            return inRange(instant.atOffset(ZoneOffset.UTC).getYear()) ? new Read.Good(new FullCell.Time(instant))
                    : bad("full.problem.year", Limits.FIRST_YEAR, Limits.LAST_YEAR);
        } catch (DateTimeParseException e) {
            return bad("full.problem.time");
        }
    }

    private static boolean inRange(int year) {
        return year >= Limits.FIRST_YEAR && year <= Limits.LAST_YEAR;
    }

    private static Read bad(String key, Object... args) {
        return new Read.Bad(Message.of(key, args));
    }
}
