package it.traguardi.web.plan.edit;

import it.traguardi.web.Layout;
import java.util.List;

/**
 * The model of {@code plan/edit/weights.jte}: a sibling group's weights edited together, with their
 * sum; the server refuses a group that does not make 100%.
 */
public record WeightsPage(Layout layout, String editHref, String action, int version, String group,
        List<Member> members, String sum, String error, Stale stale) {

    public WeightsPage {
        members = List.copyOf(members);
    }

    /** One member's weight field. */
    public record Member(String name, String label, String value) {
    }
}
