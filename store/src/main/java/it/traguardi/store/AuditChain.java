package it.traguardi.store;

import it.traguardi.core.i18n.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Catena del registro: appends audit entries inside the caller's transaction, one after the
 * other, each hashed over its content and its predecessor's hash, and verifies the chain. Appends
 * are serialised on the one row of {@code audit_chain} (locked {@code for update} until the
 * transaction ends), so concurrent writers make one chain with no gap and no fork; a transaction
 * that rolls back takes its entries and its move of the head with it. Public for the account
 * stores (package {@code account}); only a store appends, inside the transaction of its change.
 */
public final class AuditChain {

    static final String COLUMNS = "sequence_number, recorded_at, actor, address, entity, plan_year, node_key,"
            + " change_kind, subject, before_state, after_state, reason, previous_hash, entry_hash";
    private static final String LOCK = "select last_sequence, last_hash from audit_chain where id = 1 for update";
    private static final String INSERT = "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE = "update audit_chain set last_sequence = ?, last_hash = ? where id = 1";
    private static final String ALL = "select " + COLUMNS + " from audit_entry order by sequence_number";

    /** The last entry of the chain as the head names it. */
    private record Head(long sequence, String hash) {
    }

    private AuditChain() {
    }

    /**
     * Takes the chain's lock for the rest of the transaction. A writer whose audit entry tells a
     * state it read (a value's previous one) locks first and reads after, so the state it tells is
     * the one its change really followed.
     */
    static void lock(Connection connection) throws SQLException {
        head(connection);
    }

    private static Head head(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement(LOCK); var row = lock.executeQuery()) {
            row.next();
            return new Head(row.getLong(1), row.getString(2));
        }
    }

    /** Appends the changes, made by {@code actor} now, to the chain. */
    public static void append(Connection connection, Actor actor, List<AuditChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        var head = head(connection);
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (var insert = connection.prepareStatement(INSERT)) {
            for (var change : changes) {
                var row = row(head.sequence() + 1, at, actor, change, head.hash());
                head = new Head(row.sequence(), AuditHash.of(row));
                bind(insert, row, head.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var move = connection.prepareStatement(MOVE)) {
            move.setLong(1, head.sequence());
            move.setString(2, head.hash());
            move.executeUpdate();
        }
    }

    private static AuditHash.Row row(long sequence, Instant at, Actor actor, AuditChange change, String previous) {
        var place = Place.of(change.scope());
        return new AuditHash.Row(sequence, at, actor.name(), actor.address(), place.entity(), place.year(),
                place.node(), change.kind().name(), change.subject(), change.before(), change.after(),
                change.reason(), previous);
    }

    /** The scope's columns: entity, year and node, each absent where the scope has none. */
    private record Place(String entity, Integer year, Integer node) {
        static Place of(AuditScope scope) {
            return switch (scope) {
                case AuditScope.Archive a -> new Place(null, null, null);
                case AuditScope.OfEntity e -> new Place(e.entity(), null, null);
                case AuditScope.OfPlan p -> new Place(p.entity(), p.year(), null);
                case AuditScope.OfNode n -> new Place(n.entity(), n.year(), n.node().value());
            };
        }
    }

    private static void bind(PreparedStatement insert, AuditHash.Row row, String hash) throws SQLException {
        insert.setLong(1, row.sequence());
        insert.setObject(2, row.at().atOffset(ZoneOffset.UTC));
        insert.setString(3, row.actor());
        insert.setString(4, row.address());
        insert.setString(5, row.entity());
        setInteger(insert, 6, row.year());
        setInteger(insert, 7, row.node());
        insert.setString(8, row.kind());
        insert.setString(9, row.subject());
        insert.setString(10, row.before());
        insert.setString(11, row.after());
        insert.setString(12, row.reason());
        insert.setString(13, row.previousHash());
        insert.setString(14, hash);
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** The stored columns of the current row of a query over {@code audit_entry}. */
    static AuditHash.Row row(ResultSet row) throws SQLException {
        return new AuditHash.Row(row.getLong("sequence_number"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                row.getString("address"), row.getString("entity"), row.getObject("plan_year", Integer.class),
                row.getObject("node_key", Integer.class), row.getString("change_kind"), row.getString("subject"),
                row.getString("before_state"), row.getString("after_state"), row.getString("reason"),
                row.getString("previous_hash"));
    }

    /**
     * Walks the whole chain in order: each entry must have the next number, name the hash of the
     * entry before it and have the hash of its own content; the head must name the last entry (an
     * entry removed from the end breaks no link, but leaves the head behind).
     */
    public static ChainCheck verify(Connection connection) throws SQLException {
        // the head first: locked, so no writer moves it while the entries are read
        var head = head(connection);
        var previous = new Head(0, AuditHash.GENESIS);
        try (var select = connection.prepareStatement(ALL); var rows = select.executeQuery()) {
            while (rows.next()) {
                var row = row(rows);
                var stored = rows.getString("entry_hash");
                var expected = previous.sequence() + 1;
                if (row.sequence() != expected) {
                    return new ChainCheck.Broken(expected, Message.of("audit.verify.missing", expected, row.sequence()));
                }
                if (!row.previousHash().equals(previous.hash())) {
                    return new ChainCheck.Broken(expected, Message.of("audit.verify.link", expected, expected - 1));
                }
                if (!AuditHash.of(row).equals(stored)) {
                    return new ChainCheck.Broken(expected, Message.of("audit.verify.content", expected));
                }
                previous = new Head(expected, stored);
            }
        }
        if (!head.equals(previous)) {
            return new ChainCheck.Broken(previous.sequence() + 1,
                    Message.of("audit.verify.head", head.sequence(), previous.sequence()));
        }
        return new ChainCheck.Intact(previous.sequence());
    }
}
