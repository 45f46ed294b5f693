package it.traguardi.exchange.alberatura;

import it.traguardi.core.check.Finding;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import java.util.List;
import java.util.Map;

/** The plan read from an alberatura, the anomalies found on the way, and the line each node came from. */
public record AlberaturaImport(Plan plan, List<Finding> warnings, Map<NodeId, Integer> lines) {

    public AlberaturaImport {
        warnings = List.copyOf(warnings);
        lines = Map.copyOf(lines);
    }
}
