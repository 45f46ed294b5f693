package it.traguardi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.lifecycle.VersionComparison;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi diff}: two versions of a plan compared, node by node ({@link VersionComparison}):
 * nodes added, deleted, moved, edited, weights, targets, baselines and formulas, each field in the
 * first version and in the second; a table for people or JSON.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false)
final class DiffCommand implements Callable<Integer> {

    enum DiffFormat { table, json }

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions options;

    @Option(names = "--from", required = true, paramLabel = "VERSIONE", descriptionKey = "diff.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "VERSIONE", descriptionKey = "diff.to")
    String to;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", descriptionKey = "diff.format")
    DiffFormat format;

    @Override
    public Integer call() throws Exception {
        List<VersionComparison.Change> changes;
        try (var database = cli.openDatabase()) {
            var store = Cli.store(database);
            changes = VersionComparison.between(StoredPlans.load(cli, store, options, from),
                    StoredPlans.load(cli, store, options, to));
        }
        cli.out().print(switch (format) {
            case table -> table(changes, cli.messages());
            case json -> json(changes);
        });
        cli.out().flush();
        return ExitCode.DONE;
    }

    private String table(List<VersionComparison.Change> changes, Messages m) {
        if (changes.isEmpty()) {
            return m.get("web.compare.none", from, to) + System.lineSeparator();
        }
        var out = new StringBuilder();
        out.append(String.join("\t", m.get("web.compare.column.node"), m.get("web.compare.column.kind"),
                m.get("web.compare.column.field"), from, to)).append(System.lineSeparator());
        for (var change : changes) {
            for (var field : change.fields()) {
                out.append(String.join("\t", "#" + change.node().value() + " " + change.label(), m.get(change.kind().key()),
                        field.name(), field.before(), field.after())).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    private String json(List<VersionComparison.Change> changes) throws Exception {
        var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var out = mapper.createObjectNode().put("entity", options.entity).put("year", options.year)
                .put("from", from).put("to", to);
        var array = out.putArray("changes");
        for (var change : changes) {
            var row = array.addObject().put("kind", change.kind().name().toLowerCase(Locale.ROOT))
                    .put("node", change.node().value()).put("label", change.label());
            var fields = row.putArray("fields");
            change.fields().forEach(f -> fields.addObject().put("name", f.name()).put("from", f.before()).put("to", f.after()));
        }
        return mapper.writeValueAsString(out) + System.lineSeparator();
    }
}
