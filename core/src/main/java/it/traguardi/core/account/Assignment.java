package it.traguardi.core.account;

import it.traguardi.core.plan.NodeId;
import java.util.Objects;

/**
 * Incarico di rilevazione: what one person (by login) answers for in one entity's plan of a year:
 * an indicator, a measure, or every indicator of an organisational unit (the indicator's owner,
 * centro di responsabilita'). A referente enters values only within them; a responsabile comments
 * on and confirms only within them.
 */
public record Assignment(String entity, int year, String login, Scope scope) {

    public Assignment {
        entity = Objects.requireNonNull(entity, "entity").strip();
        login = Objects.requireNonNull(login, "login").strip();
        Objects.requireNonNull(scope, "scope");
        if (entity.isEmpty() || login.isEmpty()) {
            throw new IllegalArgumentException("an assignment needs an entity and a login");
        }
    }

    /** What an assignment covers. */
    public sealed interface Scope {

        /** One indicator, by its identity in the plan (its code may change when the plan is renumbered). */
        record OfIndicator(NodeId id) implements Scope {
            public OfIndicator {
                Objects.requireNonNull(id, "id");
            }
        }

        /** One measure of the entity's catalog, by code. */
        record OfMeasure(String code) implements Scope {
            public OfMeasure {
                code = Objects.requireNonNull(code, "code").strip();
                if (code.isEmpty()) {
                    throw new IllegalArgumentException("a measure needs a code");
                }
            }
        }

        /** Every indicator whose owner is this organisational unit, as the plan writes it. */
        record OfOwner(String owner) implements Scope {
            public OfOwner {
                owner = Objects.requireNonNull(owner, "owner").strip();
                if (owner.isEmpty()) {
                    throw new IllegalArgumentException("an organisational unit needs a name");
                }
            }
        }
    }
}
