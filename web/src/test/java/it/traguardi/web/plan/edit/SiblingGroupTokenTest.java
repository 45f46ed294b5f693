package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.plan.PlanEditException;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiblingGroupTokenTest {

    @Test
    void every_group_of_the_seed_reads_back_from_its_token() throws Exception {
        var plan = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        var area = plan.areas().getFirst().id();
        var os = plan.strategicObjectives().findFirst().orElseThrow().id();
        var oo = plan.operationalObjectives().findFirst().orElseThrow().id();

        for (var group : List.of(new SiblingGroup.Areas(), new SiblingGroup.Objectives(area),
                new SiblingGroup.Parts(os), new SiblingGroup.ObjectiveIndicators(os), new SiblingGroup.Operationals(os),
                new SiblingGroup.OperationalIndicators(oo))) {
            assertThat(SiblingGroupToken.parse(plan, SiblingGroupToken.format(group))).isEqualTo(group);
        }
        assertThat(SiblingGroupToken.format(new SiblingGroup.Parts(os))).isEqualTo(os.value() + "-parts");
        assertThatThrownBy(() -> SiblingGroupToken.parse(plan, Integer.toString(os.value()))).isInstanceOf(PlanEditException.class);
        assertThatThrownBy(() -> SiblingGroupToken.parse(plan, "x")).isInstanceOf(PlanEditException.class);
    }
}
