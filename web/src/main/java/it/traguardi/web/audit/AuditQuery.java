package it.traguardi.web.audit;

import io.javalin.http.Context;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Limits;
import it.traguardi.store.AuditFilter;
import it.traguardi.web.PlanAddress;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The filters of a plan's audit trail as a request gives them, read once for the page, its CSV
 * export and the API (each with its own parameter names): node id, author, kind of change, first
 * and last day. Every value is checked; each problem names its parameter.
 */
public record AuditQuery(AuditFilter filter, List<Problem> problems) {

    /** The parameter names of one way in: Italian on the pages, English in the API. */
    public record Names(String node, String user, String kind, String from, String to) {
        public static final Names PAGE = new Names("nodo", "autore", "tipo", "dal", "al");
        public static final Names API = new Names("node", "user", "kind", "from", "to");
    }

    /** A parameter that cannot be read, and why. */
    public record Problem(String parameter, Message message) {
    }

    public AuditQuery {
        problems = List.copyOf(problems);
    }

    /** The filter of the request's plan and parameters. */
    public static AuditQuery read(Context ctx, Names names) {
        var problems = new ArrayList<Problem>();
        var filter = AuditFilter.EVERYTHING.withPlan(ctx.pathParam("entity"), PlanAddress.year(ctx));
        var node = text(ctx, names.node());
        if (!node.isEmpty()) {
            var id = PlanAddress.nodeId(node);
            id.ifPresentOrElse(i -> { }, () -> problems.add(new Problem(names.node(),
                    Message.of("web.audit.invalid.node", Limits.excerpt(node)))));
            filter = filter.withNode(id.orElse(null));
        }
        var user = text(ctx, names.user());
        if (!user.isEmpty()) {
            Limits.Text.AUTHOR.problem(user).ifPresent(p -> problems.add(new Problem(names.user(), p)));
            filter = filter.withActor(user);
        }
        var kind = text(ctx, names.kind());
        if (!kind.isEmpty()) {
            var known = kind(kind);
            known.ifPresentOrElse(k -> { }, () -> problems.add(new Problem(names.kind(),
                    Message.of("web.audit.invalid.kind", Limits.excerpt(kind)))));
            filter = filter.withKind(known.orElse(null));
        }
        var from = day(ctx, names.from(), problems);
        var to = day(ctx, names.to(), problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new Problem(names.to(), Message.of("web.audit.invalid.range")));
        }
        return new AuditQuery(filter.withDays(from, to), problems);
    }

    private static String text(Context ctx, String name) {
        var value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    /** A kind by its name in any case ({@code value_corrected}). */
    static Optional<ChangeKind> kind(String text) {
        return Arrays.stream(ChangeKind.values()).filter(k -> k.name().equals(text.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** A day as a date field sends it ({@code 2026-12-05}) or as people write it ({@code 05/12/2026}); null when absent. */
    private static LocalDate day(Context ctx, String name, List<Problem> problems) {
        var text = text(ctx, name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return ItalianFormat.parseDate(text);
            } catch (InvalidValueException invalid) {
                problems.add(new Problem(name, Message.of("web.audit.invalid.day", Limits.excerpt(text))));
                return null;
            }
        }
    }
}
