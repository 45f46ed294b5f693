package it.traguardi.web.assignment;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code assignment/assignments.jte}: the plan's assignments by person, each with its
 * remove form, and the form that adds one (as posted, with a problem under the field it concerns).
 */
public record AssignmentsPage(Layout layout, String planHref, String action, List<Person> people, Form form,
        List<Choice> measures, List<Choice> owners, String notice) {

    public AssignmentsPage {
        people = List.copyOf(people);
        measures = List.copyOf(measures);
        owners = List.copyOf(owners);
    }

    /** One person (by login) and what they answer for. */
    public record Person(String login, List<Row> rows) {
        public Person {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One assignment: its kind in words, what it names (an indicator's code and title), and the
     * fields its remove form posts ({@code field} is the form field of its kind, {@code key} its value).
     */
    public record Row(String id, String kind, String description, String field, String key) {
    }

    /** The add form as posted, with the problems of each field (none on a fresh page). */
    public record Form(String user, String indicator, String measure, String owner, List<String> userErrors,
            List<String> indicatorErrors, List<String> measureErrors, List<String> ownerErrors) {

        public static final Form EMPTY = new Form("", "", "", "", List.of(), List.of(), List.of(), List.of());

        public Form {
            userErrors = List.copyOf(userErrors);
            indicatorErrors = List.copyOf(indicatorErrors);
            measureErrors = List.copyOf(measureErrors);
            ownerErrors = List.copyOf(ownerErrors);
        }

        public boolean invalid() {
            return !(userErrors.isEmpty() && indicatorErrors.isEmpty() && measureErrors.isEmpty() && ownerErrors.isEmpty());
        }
    }

    /** A choice of a drop-down list. */
    public record Choice(String value, String label, boolean selected) {
    }
}
