package it.traguardi.web.values;

import it.traguardi.store.Actor;
import it.traguardi.store.PeriodLockedException;
import it.traguardi.web.access.Actors;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.LineGroup;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.exchange.spreadsheet.ValuesWorkbook;
import it.traguardi.exchange.values.ValuesCsv;
import it.traguardi.web.Downloads;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.Uploads;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Caricamento dei valori: a CSV chosen in the browser is checked whole and previewed (every problem
 * with its line and field, or the rows to write); the confirm step writes all of them or none.
 * The checked text travels back in a hidden field and is checked again before writing: nothing is
 * kept on the server between the two steps, so a restart or a second server loses nothing, and a
 * file that turned bad meanwhile (a plan replaced) is refused, not half written.
 */
public final class UploadPages {

    /** The start of the confirm step's hidden field when it carries an XLSX (see {@link #carried}). */
    static final String XLSX_CONTENT = "xlsx;base64,";

    private final PlanValues values;
    private final Templates templates;
    private final AccessGate gate;

    public UploadPages(PlanValues values, Templates templates, AccessGate gate) {
        this.gate = gate;
        this.values = values;
        this.templates = templates;
    }

    public void form(Context ctx) {
        var m = Language.of(ctx);
        var plan = EntryPages.plan(ctx, values);
        templates.render(ctx, "values/upload.jte", UploadPage.form(layout(ctx, m, plan), links(ctx, plan, m),
                ValuesCsv.HEADER, ""));
    }

    /** The XLSX template of the period's values still waiting ({@code ?periodo=}, the year by default). */
    public void template(Context ctx) {
        var m = Language.of(ctx);
        var plan = EntryPages.plan(ctx, values);
        var period = EntryPages.period(plan, Objects.requireNonNullElse(ctx.queryParam(EntryPages.PERIOD),
                Integer.toString(plan.year())), m);
        var rows = ValuesWorkbook.waiting(plan, values.catalog(plan), values.latest(plan, period));
        Downloads.xlsx(ctx, templateName(plan, period), ValuesWorkbook.write(plan, period, rows));
    }

    /**
     * The download name of a values template: entity, year and period, so that the templates of
     * several entities or periods saved in one folder stay apart ({@code valori-modena-2022-2022-06-30.xlsx}).
     */
    public static String templateName(Plan plan, Period period) {
        return "valori-" + Downloads.slug(plan.entity()) + "-" + plan.year() + "-" + period.format() + ".xlsx";
    }

    public void preview(Context ctx) {
        var m = Language.of(ctx);
        var plan = EntryPages.plan(ctx, values);
        var upload = Uploads.of(ctx, "file");
        if (upload.isEmpty()) {
            templates.render(ctx.status(HttpStatus.BAD_REQUEST), "values/upload.jte", UploadPage.form(layout(ctx, m, plan),
                    links(ctx, plan, m), ValuesCsv.HEADER, m.get("web.entry.upload.missing")));
            return;
        }
        var bytes = upload.get().bytes();
        show(ctx, m, plan, upload.get().name(), carried(upload.get().name(), bytes), bytes);
    }

    public void confirm(Context ctx) {
        var m = Language.of(ctx);
        var plan = EntryPages.plan(ctx, values);
        var name = Uploads.safeName(ctx.formParam("nome"), "valori.csv");
        var text = Objects.requireNonNullElse(ctx.formParam("contenuto"), "");
        var bytes = bytes(text);
        var reading = read(name, bytes, plan, m, Actors.of(ctx));
        if (reading.problems() != null || !reading.csv().clean()) {
            show(ctx, m, plan, name, text, bytes);
            return;
        }
        var records = reading.csv().records();
        // a referente uploads only the rows assigned to them: the first other row refuses the file, named
        gate.requireRows(ctx, Action.ENTER_VALUES, plan, records.stream().map(ValueRecord::target).toList());
        try {
            values.record(plan, records, Actors.of(ctx));
        } catch (PeriodLockedException e) {
            // validated between the preview and now: the preview again, saying who validated the period and when
            show(ctx, m, plan, name, text, bytes);
            return;
        }
        var links = records.isEmpty() ? links(ctx, plan, m) : EntryPages.links(plan, records.getFirst().period());
        ctx.redirect(links.entry() + "&caricati=" + records.size()
                + "&file=" + URLEncoder.encode(name, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Messages m, Plan plan, String name, String text, byte[] bytes) {
        var reading = read(name, bytes, plan, m, Actors.of(ctx));
        // a template's rows are named with their sheet, as the command line names them
        var place = ImportFiles.valuesPlace(name, bytes);
        var sheet = place.equals(name) ? "" : place + ": ";
        var problems = reading.problems() != null ? reading.problems() : LineGroup.of(reading.csv().problems(),
                p -> p.line(), p -> p.field() + '\t' + m.render(p.problem())).stream()
                .map(g -> new UploadPage.ProblemRow(g.ranges(), g.first().in(name).fieldPlace(m),
                        sheet + m.render(g.first().problem())))
                .toList();
        var records = reading.csv() == null ? List.<ValueRecord>of() : reading.csv().records();
        var locked = lockProblems(plan, records, m);
        var rows = records.stream().map(r -> row(r, reading.codes(), m)).toList();
        var page = new UploadPage(layout(ctx, m, plan), links(ctx, plan, m), ValuesCsv.HEADER, name, text,
                java.util.stream.Stream.concat(problems.stream(), locked.stream()).toList(), rows, "");
        var status = !problems.isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT
                : locked.isEmpty() ? HttpStatus.OK : HttpStatus.CONFLICT;
        templates.render(ctx.status(status), "values/upload.jte", page);
    }

    /**
     * A problem for each validated period the file writes to, saying who validated it and when: the
     * preview says so before the confirm step, which would be refused.
     */
    private List<UploadPage.ProblemRow> lockProblems(Plan plan, List<ValueRecord> records, Messages m) {
        if (records.isEmpty()) {
            return List.of();
        }
        var locked = values.locked(plan);
        return records.stream().map(ValueRecord::period).distinct().filter(locked::containsKey)
                .map(p -> new UploadPage.ProblemRow("", "period", m.render(locked.get(p).refusal()))).toList();
    }

    /**
     * What the preview's hidden field carries to the confirm step: a CSV's text as it is, an XLSX's
     * bytes in Base64 after {@value #XLSX_CONTENT} (no CSV starts so: its first line is its header).
     */
    private static String carried(String name, byte[] bytes) {
        return ImportFiles.valuesPlace(name, bytes).equals(name) ? new String(bytes, StandardCharsets.UTF_8)
                : XLSX_CONTENT + Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes of the file a confirm step carries; a Base64 that does not decode is no file, refused on reading. */
    private static byte[] bytes(String carried) {
        if (!carried.startsWith(XLSX_CONTENT)) {
            return carried.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(carried.substring(XLSX_CONTENT.length()).strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** The file's reading with the codes it was read against; or, when it is no UTF-8 text at all, its problems. */
    private record Reading(ValuesCsv.Reading csv, ValueCodes codes, List<UploadPage.ProblemRow> problems) {
    }

    private Reading read(String name, byte[] bytes, Plan plan, Messages m, Actor actor) {
        var entry = values.entry(plan, actor);
        try {
            return new Reading(ImportFiles.values(name, bytes, plan.entity(), plan.year(), entry), entry.codes(), null);
        } catch (ImportException e) {
            // a template's problem may be in another sheet than the values (its mark): the sheet is named
            return new Reading(null, entry.codes(), ImportProblem.grouped(e.problems(), m).stream().map(g -> new UploadPage.ProblemRow(
                    g.ranges(), g.first().fieldPlace(m), (g.first().file().equals(name) ? "" : g.first().file() + ": ")
                            + m.render(g.first().message()))).toList());
        }
    }

    /** A row to show; the indicator is looked up in the codes' index (a scan of the plan per row was quadratic). */
    private static UploadPage.ValueRow row(ValueRecord record, ValueCodes codes, Messages m) {
        var target = switch (record.target()) {
            case ValueTarget.OfMeasure measure -> measure.code();
            case ValueTarget.OfIndicator indicator -> codes.indicator(indicator.id())
                    .map(i -> i.code() + " - " + i.title()).orElse("#" + indicator.id().value());
        };
        return new UploadPage.ValueRow(target, EntryPages.periodLabel(record.period(), m),
                ShownFormat.of(record.value()));
    }

    private static Layout layout(Context ctx, Messages m, Plan plan) {
        return Layout.of(ctx, m, m.get("web.entry.upload.title", plan.entity(), plan.year()));
    }

    private static EntryPage.Links links(Context ctx, Plan plan, Messages m) {
        var asked = ctx.queryParam(EntryPages.PERIOD);
        return EntryPages.links(plan, EntryPages.period(plan, asked == null ? Integer.toString(plan.year()) : asked, m));
    }
}
