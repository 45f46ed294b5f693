package it.traguardi.bench;

import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeMatching;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.Renumbering;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.value.Weight;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 7: matching a corrected alberatura with the stored plan before a replacement, so values stay
 * with their indicators. The seed with an area inserted on top (every id shifts), and a plan of
 * 40 areas of the national data set's shape (8,000 indicators) likewise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NodeMatchingBenchmark {

    private Plan seed;
    private Plan seedCorrected;
    private Plan large;
    private Plan largeCorrected;

    @Setup(Level.Trial)
    public void read() throws ImportException {
        seed = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        seedCorrected = withAreaOnTop(seed);
        var random = new SplittableRandom(7);
        var areas = new ArrayList<StrategicArea>();
        var issued = 0;
        for (int i = 0; i < 40; i++) {
            // each part is numbered from 1: shift its ids past the parts before it, and give its areas
            // codes and titles of their own
            var part = NationalDataset.plan("Ente", 2025, random);
            var ids = new HashMap<NodeId, NodeId>();
            for (var node : part.nodes()) {
                ids.put(node.id(), new NodeId(node.id().value() + issued));
            }
            issued += part.lastIssuedId();
            for (var area : Renumbering.apply(part, ids, issued).areas()) {
                areas.add(new StrategicArea(area.id(), area.code() + "-" + i, area.title() + " " + i, area.weight(),
                        area.objectives()));
            }
        }
        large = Renumbering.inReadingOrder(seed.withAreas(areas));
        largeCorrected = withAreaOnTop(large);
    }

    private static Plan withAreaOnTop(Plan plan) {
        var areas = new ArrayList<StrategicArea>();
        areas.add(new StrategicArea(new NodeId(1), "0", "Ambito inserito in testa", Weight.ZERO, List.of()));
        areas.addAll(plan.areas());
        return Renumbering.inReadingOrder(plan.withAreas(areas));
    }

    @Benchmark
    public NodeMatching matchSeedWithAreaOnTop() {
        return NodeMatching.of(seed, seedCorrected);
    }

    @Benchmark
    public NodeMatching matchLargePlanWithAreaOnTop() {
        return NodeMatching.of(large, largeCorrected);
    }
}
