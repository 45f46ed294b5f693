package it.traguardi.store;

import it.traguardi.store.account.Accounts;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * One of each store on one database, built once where a program starts and handed down: the plan
 * store keeps a cache of the plans it read, so a second one would be a second cache that a write
 * through the first never reaches.
 */
public record Stores(PlanStore plans, ValueStore values, CommentStore comments, MeasureStore measures,
        PolicyStore policies, DetachedRecords detached, ScoreStamps stamps, PlanResults results, AssignmentStore assignments,
        Accounts accounts, AuditTrail audit, ValidationStore validations, ConfirmationStore confirmations,
        FullPlanStore fullPlans) {

    public Stores {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(detached, "detached");
        Objects.requireNonNull(stamps, "stamps");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(validations, "validations");
        Objects.requireNonNull(confirmations, "confirmations");
        Objects.requireNonNull(fullPlans, "fullPlans");
    }

    /** Every store on the database. */
    public static Stores on(DataSource dataSource) {
        var values = new ValueStore(dataSource);
        var policies = new PolicyStore(dataSource);
        return new Stores(new PlanStore(dataSource), values, new CommentStore(dataSource), new MeasureStore(dataSource),
                policies, new DetachedRecords(dataSource), new ScoreStamps(dataSource), new PlanResults(values, policies),
                new AssignmentStore(dataSource), Accounts.on(dataSource, Clock.systemUTC()), new AuditTrail(dataSource),
                new ValidationStore(dataSource), new ConfirmationStore(dataSource), new FullPlanStore(dataSource));
    }

    /** The database every store reads and writes. */
    public DataSource dataSource() {
        return plans.dataSource();
    }
}
