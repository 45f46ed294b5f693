package it.traguardi.cli;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.json.CheckJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi check}: the plan-quality report, for a person or as JSON. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    enum CheckFormat { text, json }

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "check.format")
    CheckFormat format;

    @Override
    public Integer call() throws Exception {
        Plan plan;
        try (var database = cli.openDatabase()) {
            plan = StoredPlans.load(cli, Cli.store(database), options);
        }
        var findings = PlanCheck.check(plan);
        var m = cli.messages();
        cli.out().print(switch (format) {
            case text -> text(plan, findings, m);
            case json -> json(plan, findings, m);
        });
        cli.out().flush();
        return ExitCode.DONE;
    }

    static String text(Plan plan, List<Finding> findings, Messages m) {
        var out = new StringBuilder(m.get("cli.check.title", plan.entity(), plan.year())).append('\n');
        if (findings.isEmpty()) {
            return out.append(m.get("cli.check.none")).append('\n').toString();
        }
        var byKind = findings.stream().collect(Collectors.groupingBy(Finding::kind, LinkedHashMap::new,
                Collectors.toList()));
        byKind.forEach((kind, list) -> {
            out.append('\n').append(m.get(kind.titleKey())).append(" (").append(list.size()).append(")\n");
            var severity = m.get("check.severity." + kind.severity().name().toLowerCase(Locale.ROOT));
            list.forEach(f -> out.append("  [").append(severity).append("] ").append(m.render(f.message()))
                    .append('\n'));
        });
        return out.append('\n').append(m.get("cli.check.summary", findings.size())).append('\n').toString();
    }

    static String json(Plan plan, List<Finding> findings, Messages m) {
        return CheckJson.write(plan, findings, m);
    }
}
