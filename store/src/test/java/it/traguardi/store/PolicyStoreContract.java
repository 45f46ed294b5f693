package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.LateCredit;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoreBands;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.score.TrafficLights;
import java.math.BigDecimal;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the policy store. */
abstract class PolicyStoreContract {

    PolicyStore store;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        store = new PolicyStore(database().dataSource());
    }

    @Test
    void a_plan_without_saved_rules_follows_the_defaults() {
        assertThat(store.load("CCIAA di Modena", 2022)).isEqualTo(PlanPolicy.defaults());
    }

    @Test
    void saved_rules_and_overrides_load_back_equal() {
        var policy = new ScoringPolicy(false, Floor.below("60"), ScoreBands.of("0", "70", "90", "100"),
                new LateCredit.PointsPerWeek(new BigDecimal("10")), MissingPolicy.COUNT_AS_ZERO,
                new TrafficLights(new BigDecimal("95"), new BigDecimal("62.5")));
        var overrides = PolicyOverrides.none()
                .with(new NodeId(7), new PolicyChange.Cap(true), new PolicyChange.FloorAt(Floor.NONE))
                .with(new NodeId(3), new PolicyChange.Late(new LateCredit.Fixed(new BigDecimal("50"))),
                        new PolicyChange.Bands(ScoreBands.continuous()),
                        new PolicyChange.MissingValues(MissingPolicy.EXCLUDE_AND_RESCALE),
                        new PolicyChange.Lights(TrafficLights.defaults()),
                        new PolicyChange.Replace(policy));
        var rules = new PlanPolicy(policy, overrides);

        store.save("CCIAA di Modena", 2022, rules, TestActors.TESTER);

        assertThat(store.load("CCIAA di Modena", 2022)).isEqualTo(rules);
        assertThat(store.load("CCIAA di Modena", 2023)).isEqualTo(PlanPolicy.defaults());
    }

    @Test
    void saving_again_replaces_the_rules_and_the_overrides() {
        store.save("CCIAA di Modena", 2022, new PlanPolicy(ScoringPolicy.defaults().withCapAtFull(false),
                PolicyOverrides.none().with(new NodeId(7), new PolicyChange.Cap(true))), TestActors.TESTER);
        var second = new PlanPolicy(ScoringPolicy.defaults().withFloor(Floor.below("60")), PolicyOverrides.none());

        store.save("CCIAA di Modena", 2022, second, TestActors.TESTER);

        assertThat(store.load("CCIAA di Modena", 2022)).isEqualTo(second);
    }
}
