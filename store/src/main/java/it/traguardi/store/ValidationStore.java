package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.core.validation.Remark;
import it.traguardi.core.value.ShownFormat;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Archivio delle validazioni: the valutatore's validations of a plan's periods, their reopenings,
 * and the valutatore's remarks (rilievi). A validation and a value never cross: both take the audit
 * chain's lock before they look (the lock every audited write takes first), so a value is either
 * recorded before a validation or refused after it (docs/domain.md, Validation of a period).
 */
public final class ValidationStore {

    private static final String PLAN = """
            select p.* from period_validation p join entity e on e.id = p.entity_id
            where e.name = ? and p.plan_year = ? and p.archived_at is null order by p.validated_at, p.id""";
    private static final String STANDING = """
            select p.* from period_validation p where p.entity_id = ? and p.plan_year = ? and p.archived_at is null
            and p.reopened_at is null and\s""";
    private static final String INSERT = """
            insert into period_validation (entity_id, plan_year, period_year, period_date, validated_by, validated_at,
            remarks) values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String REOPEN = """
            update period_validation set reopened_by = ?, reopened_at = ?, reopen_reason = ? where id = ?""";
    private static final String INSERT_REMARK = """
            insert into validation_remark (entity_id, plan_year, node_key, period_year, period_date, body, author,
            created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String REMARKS = """
            select r.* from validation_remark r join entity e on e.id = r.entity_id
            where e.name = ? and r.plan_year = ? and r.node_key = ? and r.archived_at is null
            order by r.created_at, r.id""";

    private final DataSource dataSource;

    public ValidationStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Validates the period of the plan by {@code actor} now, with its remarks (may be empty), and
     * records it in the audit trail; a period already validated is refused with
     * {@link PeriodLockedException}, naming who validated it.
     */
    public PeriodValidation validate(String entity, int year, Period period, String remarks, Actor actor) {
        PeriodValidation.remarksProblem(remarks).ifPresent(p -> {
            throw new IllegalArgumentException("remarks: " + p.key());
        });
        return Transactions.inTransaction(dataSource, "validating " + period.format() + " of " + entity + " " + year,
                connection -> {
                    var entityId = Entities.idOf(connection, entity);
                    AuditChain.lock(connection);
                    var standing = standing(connection, entityId, year, period);
                    if (standing.isPresent()) {
                        throw new PeriodLockedException(entity, year, standing.get());
                    }
                    var validation = new PeriodValidation(period, actor.name(), now(), remarks, PeriodValidation.STANDING);
                    try (var insert = connection.prepareStatement(INSERT)) {
                        insert.setLong(1, entityId);
                        insert.setInt(2, year);
                        var next = PeriodColumns.bind(insert, 3, period);
                        insert.setString(next, validation.validatedBy());
                        insert.setObject(next + 1, validation.validatedAt().atOffset(ZoneOffset.UTC));
                        insert.setString(next + 2, validation.remarks());
                        insert.executeUpdate();
                    }
                    var after = new LinkedHashMap<String, String>();
                    after.put("validato da", validation.validatedBy());
                    after.put("rilievi", validation.remarks());
                    AuditChain.append(connection, actor, List.of(new AuditChange(new AuditScope.OfPlan(entity, year),
                            ChangeKind.PERIOD_VALIDATED, subject(period), "", CompactJson.object(after), "")));
                    return validation;
                });
    }

    /**
     * Reopens the validated period by {@code actor}, for {@code reason} (required), with its audit
     * entry: the validation stays in the history, reopened. Empty when the period was not validated.
     */
    public Optional<PeriodValidation> reopen(String entity, int year, Period period, String reason, Actor actor) {
        PeriodValidation.reasonProblem(reason).ifPresent(p -> {
            throw new IllegalArgumentException("reason: " + p.key());
        });
        return Transactions.inTransaction(dataSource, "reopening " + period.format() + " of " + entity + " " + year,
                connection -> {
                    var entityId = Entities.find(connection, entity);
                    if (entityId.isEmpty()) {
                        return Optional.<PeriodValidation>empty();
                    }
                    AuditChain.lock(connection);
                    var standing = standingRow(connection, entityId.get(), year, period);
                    if (standing.isEmpty()) {
                        return Optional.<PeriodValidation>empty();
                    }
                    var old = standing.get().validation();
                    var reopened = new PeriodValidation(period, old.validatedBy(), old.validatedAt(), old.remarks(),
                            new PeriodValidation.Reopened(actor.name(), now(), reason.strip()));
                    try (var update = connection.prepareStatement(REOPEN)) {
                        update.setString(1, actor.name());
                        update.setObject(2, ((PeriodValidation.Reopened) reopened.state()).at().atOffset(ZoneOffset.UTC));
                        update.setString(3, reason.strip());
                        update.setLong(4, standing.get().id());
                        update.executeUpdate();
                    }
                    var before = new LinkedHashMap<String, String>();
                    before.put("validato da", old.validatedBy());
                    before.put("il", ShownFormat.exactMoment(old.validatedAt()));
                    AuditChain.append(connection, actor, List.of(new AuditChange(new AuditScope.OfPlan(entity, year),
                            ChangeKind.PERIOD_REOPENED, subject(period), CompactJson.object(before), "", reason.strip())));
                    return Optional.of(reopened);
                });
    }

    /** The validation that locks the period, if one does. */
    public Optional<PeriodValidation> standing(String entity, int year, Period period) {
        try (var connection = dataSource.getConnection()) {
            var entityId = Entities.find(connection, entity);
            return entityId.isEmpty() ? Optional.empty() : standing(connection, entityId.get(), year, period);
        } catch (SQLException e) {
            throw new StoreException("reading the validation of " + entity + " " + year, e);
        }
    }

    /** Every validation of the plan year, standing or reopened, oldest first. */
    public List<PeriodValidation> list(String entity, int year) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(PLAN)) {
            select.setString(1, entity);
            select.setInt(2, year);
            var out = new ArrayList<PeriodValidation>();
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    out.add(validation(row));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the validations of " + entity + " " + year, e);
        }
    }

    /** The periods of the plan year that are locked, each with the validation that locks it. */
    public Map<Period, PeriodValidation> locked(String entity, int year) {
        var out = new LinkedHashMap<Period, PeriodValidation>();
        list(entity, year).stream().filter(PeriodValidation::locks).forEach(v -> out.put(v.period(), v));
        return out;
    }

    /**
     * The validation that locks the period, read inside the caller's transaction; the caller holds
     * the audit chain's lock, so no validation or reopening of the period can commit meanwhile.
     */
    static Optional<PeriodValidation> standing(Connection connection, long entityId, int year, Period period)
            throws SQLException {
        return standingRow(connection, entityId, year, period).map(Row::validation);
    }

    private record Row(long id, PeriodValidation validation) {
    }

    private static Optional<Row> standingRow(Connection connection, long entityId, int year, Period period)
            throws SQLException {
        try (var select = connection.prepareStatement(STANDING + PeriodColumns.condition("p", period))) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            PeriodColumns.bindCondition(select, 3, period);
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.of(new Row(row.getLong("id"), validation(row))) : Optional.empty();
            }
        }
    }

    private static PeriodValidation validation(ResultSet row) throws SQLException {
        var reopenedAt = row.getObject("reopened_at", OffsetDateTime.class);
        PeriodValidation.State state = reopenedAt == null ? PeriodValidation.STANDING
                : new PeriodValidation.Reopened(row.getString("reopened_by"), reopenedAt.toInstant(),
                        row.getString("reopen_reason"));
        return new PeriodValidation(PeriodColumns.of(row), row.getString("validated_by"),
                row.getObject("validated_at", OffsetDateTime.class).toInstant(), row.getString("remarks"), state);
    }

    /** Adds the valutatore's remark on a node by {@code actor}, with its audit entry. */
    public void addRemark(String entity, int year, Remark remark, Actor actor) {
        Transactions.inTransaction(dataSource, "adding a remark to " + entity + " " + year, connection -> {
            var entityId = Entities.idOf(connection, entity);
            try (var insert = connection.prepareStatement(INSERT_REMARK)) {
                insert.setLong(1, entityId);
                insert.setInt(2, year);
                insert.setInt(3, remark.node().value());
                var next = PeriodColumns.bind(insert, 4, remark.period());
                insert.setString(next, remark.text());
                insert.setString(next + 1, remark.author());
                insert.setObject(next + 2, remark.createdAt().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            AuditChain.append(connection, actor, List.of(new AuditChange(
                    new AuditScope.OfNode(entity, year, remark.node()), ChangeKind.REMARK_ADDED,
                    "nodo " + remark.node() + ", " + subject(remark.period()), "",
                    CompactJson.object(Map.of("rilievo", remark.text())), "")));
            return null;
        });
    }

    /** The valutatore's remarks on a node, of every period, oldest first. */
    public List<Remark> remarks(String entity, int year, NodeId node) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(REMARKS)) {
            select.setString(1, entity);
            select.setInt(2, year);
            select.setInt(3, node.value());
            var out = new ArrayList<Remark>();
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    out.add(new Remark(new NodeId(row.getInt("node_key")), PeriodColumns.of(row), row.getString("body"),
                            row.getString("author"), row.getObject("created_at", OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the remarks of " + entity + " " + year, e);
        }
    }

    private static String subject(Period period) {
        return "periodo " + period.format();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
