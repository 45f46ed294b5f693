package it.traguardi.web.plan.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.EditSnapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of plans that edit forms were given, as the forms showed their nodes
 * ({@link NodeDiff.NodeText}), kept in the database ({@link EditSnapshots}) for {@link #KEPT}: an
 * edit that arrives over an old version, on any server and after a restart, is told what changed in
 * the nodes it touches. The store keeps only a plan's current version.
 */
final class SeenVersions {

    /** A form left open over a long weekend still learns what changed under it. */
    static final Duration KEPT = Duration.ofDays(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<Integer, NodeDiff.NodeText>> SHAPE = new TypeReference<>() {
    };

    private final EditSnapshots store;
    private final Clock clock;

    SeenVersions(EditSnapshots store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps the version, unless it is kept already (a version of a plan is always the same plan). */
    void remember(Plan plan, int version) {
        var now = clock.instant();
        if (store.has(plan.entity(), plan.year(), version, now)) {
            return;
        }
        var byId = new LinkedHashMap<Integer, NodeDiff.NodeText>();
        NodeDiff.texts(plan).forEach((id, text) -> byId.put(id.value(), text));
        try {
            store.keep(plan.entity(), plan.year(), version, JSON.writeValueAsBytes(byId), now.plus(KEPT), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a version of " + plan.entity() + " " + plan.year(), e);
        }
    }

    /** The nodes of the version as the forms showed them, while it is kept. */
    Optional<Map<NodeId, NodeDiff.NodeText>> find(String entity, int year, int version) {
        return store.find(entity, year, version, clock.instant()).map(bytes -> {
            try {
                var out = new LinkedHashMap<NodeId, NodeDiff.NodeText>();
                JSON.readValue(bytes, SHAPE).forEach((id, text) -> out.put(new NodeId(id), text));
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("a kept version of " + entity + " " + year + " does not read", e);
            }
        });
    }
}
