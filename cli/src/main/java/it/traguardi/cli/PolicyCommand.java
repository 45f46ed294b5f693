package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.LateCredit;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.ScoreBands;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.score.TrafficLights;
import it.traguardi.store.PlanPolicy;
import it.traguardi.store.PolicyStore;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi policy show|set}: the scoring rules of a plan (regole di misurazione). */
@Command(name = "policy", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Set.class})
final class PolicyCommand {

    @ParentCommand
    Cli cli;

    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Show implements Callable<Integer> {

        @ParentCommand
        PolicyCommand parent;

        @Mixin
        PlanKey key;

        @Override
        public Integer call() {
            var cli = parent.cli;
            var plan = Plans.load(cli, key);
            try (var database = cli.openDatabase()) {
                var rules = new PolicyStore(database.dataSource()).load(plan.entity(), plan.year());
                cli.out().print(text(cli.messages(), plan.entity(), plan.year(), rules));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Set implements Callable<Integer> {

        @ParentCommand
        PolicyCommand parent;

        @Mixin
        PlanKey key;

        @Option(names = "--cap", paramLabel = "true|false", descriptionKey = "policy.set.cap")
        String cap;

        @Option(names = "--floor", paramLabel = "N|none", descriptionKey = "policy.set.floor")
        String floor;

        @Option(names = "--bands", paramLabel = "0,70,90,100|none", descriptionKey = "policy.set.bands")
        String bands;

        @Option(names = "--missing", paramLabel = "exclude|zero", descriptionKey = "policy.set.missing")
        String missing;

        @Option(names = "--lights", paramLabel = "90,70", descriptionKey = "policy.set.lights")
        String lights;

        @Override
        public Integer call() {
            var cli = parent.cli;
            var plan = Plans.load(cli, key);
            try (var database = cli.openDatabase()) {
                var store = new PolicyStore(database.dataSource());
                var rules = store.load(plan.entity(), plan.year());
                var changed = new PlanPolicy(changed(cli, rules.policy()), rules.overrides());
                store.save(plan.entity(), plan.year(), changed);
                cli.out().println(cli.messages().get("cli.policy.saved", plan.entity(), plan.year()));
                cli.out().print(text(cli.messages(), plan.entity(), plan.year(), changed));
            }
            return ExitCode.DONE;
        }

        private ScoringPolicy changed(Cli cli, ScoringPolicy policy) {
            var out = policy;
            if (cap != null) {
                out = out.withCapAtFull(option(cli, "--cap", cap, Set::flag));
            }
            if (floor != null) {
                out = out.withFloor(option(cli, "--floor", floor,
                        t -> t.equals("none") ? Floor.NONE : new Floor.Below(number(t))));
            }
            if (bands != null) {
                out = out.withBands(option(cli, "--bands", bands, t -> t.equals("none") ? ScoreBands.continuous()
                        : new ScoreBands(Arrays.stream(t.split(",")).map(Set::number).toList())));
            }
            if (missing != null) {
                out = out.withMissing(option(cli, "--missing", missing, t -> switch (t) {
                    case "exclude" -> MissingPolicy.EXCLUDE_AND_RESCALE;
                    case "zero" -> MissingPolicy.COUNT_AS_ZERO;
                    default -> throw new IllegalArgumentException("exclude|zero");
                }));
            }
            if (lights != null) {
                out = out.withLights(option(cli, "--lights", lights, t -> {
                    var parts = t.split(",");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("90,70");
                    }
                    return new TrafficLights(number(parts[0]), number(parts[1]));
                }));
            }
            return out;
        }

        private static boolean flag(String text) {
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("true|false");
            };
        }

        private static BigDecimal number(String text) {
            return new BigDecimal(text.strip());
        }

        private static <T> T option(Cli cli, String name, String text, java.util.function.Function<String, T> parse) {
            try {
                return parse.apply(text.strip().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DataProblem.of(cli, Message.of("policy.option.invalid", name, text, e.getMessage()));
            }
        }
    }

    static String text(Messages m, String entity, int year, PlanPolicy rules) {
        var p = rules.policy();
        var none = m.get("cli.policy.none");
        var lines = new StringBuilder(m.get("cli.policy.title", entity, year)).append('\n');
        lines.append("  ").append(m.get("cli.policy.cap", m.get(p.capAtFull() ? "cli.policy.yes" : "cli.policy.no")))
                .append('\n');
        lines.append("  ").append(m.get("cli.policy.floor", switch (p.floor()) {
            case Floor.None n -> none;
            case Floor.Below b -> b.percent().toPlainString() + "%";
        })).append('\n');
        lines.append("  ").append(m.get("cli.policy.bands", p.bands().isContinuous() ? none
                : p.bands().thresholds().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" / "))))
                .append('\n');
        lines.append("  ").append(m.get("cli.policy.late", switch (p.lateCredit()) {
            case LateCredit.None n -> none;
            case LateCredit.PointsPerDay d -> "-" + d.points().toPlainString() + "/gg";
            case LateCredit.PointsPerWeek w -> "-" + w.points().toPlainString() + "/sett.";
            case LateCredit.Fixed f -> f.percent().toPlainString() + "%";
        })).append('\n');
        lines.append("  ").append(m.get("cli.policy.missing", m.get(p.missing() == MissingPolicy.COUNT_AS_ZERO
                ? "cli.policy.missing.zero" : "cli.policy.missing.exclude"))).append('\n');
        lines.append("  ").append(m.get("cli.policy.lights", p.lights().achievedFrom().toPlainString(),
                p.lights().partlyFrom().toPlainString())).append('\n');
        var overrides = rules.overrides().changes();
        lines.append("  ").append(m.get("cli.policy.overrides", overrides.isEmpty() ? none
                : overrides.keySet().stream().map(Object::toString).collect(Collectors.joining(", ")))).append('\n');
        return lines.toString();
    }
}
