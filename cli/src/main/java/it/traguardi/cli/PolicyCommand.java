package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.LateCredit;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.PolicyText;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.store.PolicyStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi policy show|set}: the scoring rules of a plan (regole di misurazione). */
@Command(name = "policy", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Change.class})
final class PolicyCommand {

    @ParentCommand
    Cli cli;

    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Show implements Callable<Integer> {

        @ParentCommand
        PolicyCommand parent;

        @Mixin
        PlanOptions options;

        @Override
        public Integer call() {
            var cli = parent.cli;
            try (var database = cli.openDatabase()) {
                var plan = StoredPlans.load(cli, Cli.store(database), options);
                var rules = new PolicyStore(database.dataSource()).load(plan.entity(), plan.year());
                cli.out().print(text(cli.messages(), plan, rules));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Change implements Callable<Integer> {

        @ParentCommand
        PolicyCommand parent;

        @Mixin
        PlanOptions options;

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

        @Option(names = "--late", paramLabel = "none|day:N|week:N|fixed:N", descriptionKey = "policy.set.late")
        String late;

        @Option(names = "--provisional", paramLabel = "N", descriptionKey = "policy.set.provisional")
        String provisional;

        @Option(names = "--indicator", paramLabel = "CODICE", descriptionKey = "policy.set.indicator")
        String indicator;

        @Option(names = "--clear", descriptionKey = "policy.set.clear")
        boolean clear;

        @Override
        public Integer call() {
            var cli = parent.cli;
            try (var database = cli.openDatabase()) {
                var plan = StoredPlans.load(cli, Cli.store(database), options);
                var store = new PolicyStore(database.dataSource());
                var rules = store.load(plan.entity(), plan.year());
                var changes = changes(cli);
                if (indicator != null && provisional != null) {
                    throw DataProblem.of(cli, Message.of("cli.policy.provisional.plan-only"));
                }
                var changed = indicator == null
                        ? new PlanPolicy(PolicyChange.applyAll(rules.policy(), changes), rules.overrides())
                        : new PlanPolicy(rules.policy(), overridden(cli, plan, rules.overrides(), changes));
                store.save(plan.entity(), plan.year(), changed, CommandLineAuthor.current());
                cli.out().println(cli.messages().get("cli.policy.saved", plan.entity(), plan.year()));
                cli.out().print(text(cli.messages(), plan, changed));
            }
            return ExitCode.DONE;
        }

        /** The overrides with this indicator's changes added (or, with --clear, removed first). */
        private PolicyOverrides overridden(Cli cli, Plan plan, PolicyOverrides overrides, List<PolicyChange> changes) {
            var id = StoredPlans.indicator(cli, plan, List.of(), indicator).id();
            var map = new TreeMap<>(overrides.changes());
            if (clear) {
                map.remove(id);
            }
            var out = new PolicyOverrides(map);
            return changes.isEmpty() ? out : out.with(id, changes.toArray(PolicyChange[]::new));
        }

        /** Each option given, as one change of the rules, in a fixed order. */
        private List<PolicyChange> changes(Cli cli) {
            var out = new ArrayList<PolicyChange>();
            var given = new LinkedHashMap<PolicyText.Setting, String>();
            given.put(PolicyText.Setting.CAP, cap);
            given.put(PolicyText.Setting.FLOOR, floor);
            given.put(PolicyText.Setting.BANDS, bands);
            given.put(PolicyText.Setting.LATE, late);
            given.put(PolicyText.Setting.MISSING, missing);
            given.put(PolicyText.Setting.LIGHTS, lights);
            given.put(PolicyText.Setting.PROVISIONAL, provisional);
            given.forEach((setting, text) -> {
                if (text != null) {
                    out.add(option(cli, setting, text));
                }
            });
            return out;
        }

        private static PolicyChange option(Cli cli, PolicyText.Setting setting, String text) {
            return switch (PolicyText.read(setting, text)) {
                case PolicyText.SettingReading.Accepted<PolicyChange> r -> r.value();
                case PolicyText.SettingReading.Refused<PolicyChange> r -> throw DataProblem.of(cli, Message.of(
                        "policy.option.invalid", "--" + setting.word(), text,
                        Message.of("policy.text.at-column", r.column(), r.problem())));
            };
        }
    }

    static String text(Messages m, Plan plan, PlanPolicy rules) {
        var lines = new StringBuilder(m.get("cli.policy.title", plan.entity(), plan.year())).append('\n');
        lines.append(rulesText(m, rules.policy(), "  "));
        lines.append("  ").append(m.get("cli.policy.provisional", rules.policy().provisionalBelow().toPlainString()))
                .append('\n');
        var overrides = rules.overrides().changes();
        lines.append("  ").append(m.get("cli.policy.overrides", overrides.isEmpty() ? m.get("cli.policy.none")
                : String.valueOf(overrides.size()))).append('\n');
        overrides.forEach((id, changes) -> {
            var label = plan.indicator(id).map(i -> i.label()).orElse(id.toString());
            lines.append("    ").append(id).append(' ').append(label).append('\n');
            lines.append(rulesText(m, PolicyChange.applyAll(rules.policy(), changes), "      "));
        });
        return lines.toString();
    }

    private static String rulesText(Messages m, ScoringPolicy p, String indent) {
        var none = m.get("cli.policy.none");
        var lines = new StringBuilder();
        lines.append(indent).append(m.get("cli.policy.cap", m.get(p.capAtFull() ? "cli.policy.yes" : "cli.policy.no")))
                .append('\n');
        lines.append(indent).append(m.get("cli.policy.floor", switch (p.floor()) {
            case Floor.None n -> none;
            case Floor.Below b -> b.percent().toPlainString() + "%";
        })).append('\n');
        lines.append(indent).append(m.get("cli.policy.bands", p.bands().isContinuous() ? none
                : p.bands().thresholds().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" / "))))
                .append('\n');
        lines.append(indent).append(m.get("cli.policy.late", switch (p.lateCredit()) {
            case LateCredit.None n -> none;
            case LateCredit.PointsPerDay d -> "-" + d.points().toPlainString() + "/gg";
            case LateCredit.PointsPerWeek w -> "-" + w.points().toPlainString() + "/sett.";
            case LateCredit.Fixed f -> f.percent().toPlainString() + "%";
        })).append('\n');
        lines.append(indent).append(m.get("cli.policy.missing", m.get(p.missing() == MissingPolicy.COUNT_AS_ZERO
                ? "cli.policy.missing.zero" : "cli.policy.missing.exclude"))).append('\n');
        lines.append(indent).append(m.get("cli.policy.lights", p.lights().achievedFrom().toPlainString(),
                p.lights().partlyFrom().toPlainString())).append('\n');
        return lines.toString();
    }
}
