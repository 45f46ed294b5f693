package it.traguardi.web.plan.edit;

import java.util.List;

/**
 * What a form shows when the plan changed since it was loaded: nothing was saved; the changes in
 * the edited nodes ({@code peso: 30,00% → 40,00%}), when the starting version is still known.
 */
public record Stale(boolean happened, boolean known, List<String> changes) {

    public static final Stale NONE = new Stale(false, false, List.of());

    public Stale {
        changes = List.copyOf(changes);
    }

    static Stale of(StaleEditException e) {
        return new Stale(true, e.changesKnown(), e.changes().stream()
                .map(c -> c.nodeLabel() + " — " + c.text()).toList());
    }
}
