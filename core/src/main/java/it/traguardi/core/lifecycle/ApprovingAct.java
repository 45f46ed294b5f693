package it.traguardi.core.lifecycle;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Atto di approvazione: the act that approves a plan or a revision, by number and date, as in
 * "Delibera di Giunta n. 12 del 31-01-2022". The number is free text (acts are numbered "12",
 * "12/2022", "12 bis").
 */
public record ApprovingAct(String number, LocalDate date) {

    /** As long as an act number may be (the column's size). */
    public static final int NUMBER_LENGTH = 100;

    public ApprovingAct {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        number = number.strip();
        if (number.isEmpty() || number.length() > NUMBER_LENGTH) {
            throw new IllegalArgumentException("an act number is 1 to " + NUMBER_LENGTH + " characters");
        }
    }

    /**
     * Reads an act from what a person typed, or says what is wrong with each field: the number
     * ({@code actNumber}) is required, the date ({@code actDate}) is a day as Italians write it
     * ({@code 31-01-2022}).
     */
    public static Reading read(String number, String date) {
        var problems = new ArrayList<FieldProblem>();
        var n = number == null ? "" : number.strip();
        if (n.isEmpty()) {
            problems.add(new FieldProblem("actNumber", Message.of("lifecycle.act.number-missing")));
        } else if (n.length() > NUMBER_LENGTH) {
            problems.add(new FieldProblem("actNumber", Message.of("lifecycle.act.number-too-long")));
        }
        LocalDate day = null;
        var d = date == null ? "" : date.strip();
        if (d.isEmpty()) {
            problems.add(new FieldProblem("actDate", Message.of("lifecycle.act.date-missing")));
        } else {
            try {
                day = ItalianFormat.parseDate(d);
            } catch (InvalidValueException | java.time.DateTimeException e) {
                problems.add(new FieldProblem("actDate", Message.of("lifecycle.act.date-invalid", d)));
            }
        }
        return problems.isEmpty() ? new Reading.Read(new ApprovingAct(n, day)) : new Reading.Refused(problems);
    }

    /** The act as people write it: {@code n. 12 del 31-01-2022}. */
    public String text() {
        return "n. " + number + " del " + ItalianFormat.formatDate(date);
    }

    /** What reading an act gave: the act, or the problems of its fields. */
    public sealed interface Reading {
        record Read(ApprovingAct act) implements Reading {
        }

        record Refused(List<FieldProblem> problems) implements Reading {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }
}
