package it.traguardi.store;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.ShownFormat;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Voce del registro delle modifiche: one entry of the audit trail, numbered in the order of the
 * chain, with when, who and from where, the change, the hash of the entry before it and its own
 * hash over all of that ({@link AuditHash}).
 */
public record AuditEntry(long sequence, Instant at, Actor actor, AuditChange change, String previousHash,
        String hash) {

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit entries are numbered from 1: " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }


    private static final List<String> COLUMNS = List.of("sequence", "at", "actor", "address", "entity", "year",
            "node", "kind", "subject", "before", "after", "reason", "hash");

    /** The names of the columns of {@link #cells}, in the reader's language: the header of a table or CSV. */
    public static List<String> header(Messages m) {
        return COLUMNS.stream().map(c -> m.get("audit.column." + c)).toList();
    }

    /** The entry as a row of a table or CSV, each column as people read it (empty where the scope has none). */
    public List<String> cells(Messages m) {
        var place = switch (change.scope()) {
            case AuditScope.Archive a -> List.of("", "", "");
            case AuditScope.OfEntity e -> List.of(e.entity(), "", "");
            case AuditScope.OfPlan p -> List.of(p.entity(), String.valueOf(p.year()), "");
            case AuditScope.OfNode n -> List.of(n.entity(), String.valueOf(n.year()), String.valueOf(n.node().value()));
        };
        return List.of(String.valueOf(sequence), ShownFormat.exactMoment(at), actor.name(), actor.address(), place.get(0),
                place.get(1), place.get(2), m.get(change.kind().key()), change.subject(), change.before(),
                change.after(), change.reason(), hash);
    }
}
