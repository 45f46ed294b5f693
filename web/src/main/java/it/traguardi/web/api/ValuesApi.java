package it.traguardi.web.api;

import it.traguardi.web.access.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.TextFile;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.exchange.alberatura.AlberaturaUnfitException;
import it.traguardi.exchange.spreadsheet.PlanWorkbook;
import it.traguardi.exchange.spreadsheet.ValuesWorkbook;
import it.traguardi.exchange.values.ValuesCsv;
import it.traguardi.web.Downloads;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.values.PlanValues;
import it.traguardi.web.values.UploadPages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Valori rilevati through the API: the latest values of a period, a batch of new values (all
 * checked first, then all recorded or none), the history of one value, and the check of a values
 * CSV. Values are written as people write them, in Italian format ({@code "1.234,5"}).
 */
final class ValuesApi {

    /** What a template sent as {@code application/vnd...sheet} is called in its problems. */
    private static final String TEMPLATE_NAME = "valori.xlsx";

    private final PlanValues values;
    private final AccessGate gate;

    ValuesApi(PlanValues values, AccessGate gate) {
        this.values = values;
        this.gate = gate;
    }

    void latest(Context ctx) {
        var plan = plan(ctx);
        var period = period(ctx, plan, ctx.queryParam("period"));
        var out = header(plan).put("period", period.format());
        var array = out.putArray("values");
        // values of indicators no longer in the plan count for none of its nodes: values/detached lists them
        var indicators = plan.indicators().map(i -> i.id()).collect(java.util.stream.Collectors.toSet());
        var codes = new ValueCodes(plan, List.of());
        values.at(plan, period).latest().entrySet().stream()
                .filter(e -> !(e.getKey() instanceof ValueTarget.OfIndicator i) || indicators.contains(i.id()))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(ValuesApi::sortKey)))
                .forEach(e -> value(target(array.addObject(), e.getKey(), codes), e.getValue()));
        Json.write(ctx, 200, out);
    }

    void record(Context ctx) {
        var plan = plan(ctx);
        var items = items(ctx);
        var author = Actors.of(ctx);
        var entry = values.entry(plan, author);
        var records = new ArrayList<ValueRecord>();
        var problems = Json.array();
        for (int i = 0; i < items.size(); i++) {
            var read = read(items.get(i), i, entry, problems, ApiTexts.of(ctx));
            read.ifPresent(records::add);
        }
        if (!problems.isEmpty()) {
            var extra = Json.object();
            extra.set("problems", problems);
            throw new ProblemException(new ProblemDetail(422, "invalid-data",
                    ApiTexts.of(ctx).text("detail.invalid-values", problems.size()), extra));
        }
        // a referente writes only the rows assigned to them: the first other row refuses the batch, named
        gate.requireRows(ctx, Action.ENTER_VALUES, plan, records.stream().map(ValueRecord::target).toList());
        values.record(plan, records, author);
        Json.write(ctx, 201, header(plan).put("recorded", records.size()));
    }

    void history(Context ctx) {
        var plan = plan(ctx);
        var language = ApiTexts.of(ctx);
        var code = ctx.queryParam("code");
        if (code == null || code.isBlank()) {
            throw badRequest(language, language.text("detail.missing-parameter", "code"));
        }
        var period = period(ctx, plan, ctx.queryParam("period"));
        var target = switch (values.entry(plan, Actors.of(ctx)).codes().resolve(code)) {
            case it.traguardi.core.measure.ValueCodes.Resolution.Found f -> f.target();
            case it.traguardi.core.measure.ValueCodes.Resolution.Unresolved r ->
                    throw badRequest(language, language.messages().render(r.reason()));
        };
        var out = header(plan).put("code", code.strip()).put("period", period.format());
        var records = out.putArray("records");
        for (var r : values.history(plan, target, period)) {
            value(records.addObject(), r.value()).put("recordedAt", r.recordedAt().toString())
                    .put("recordedBy", r.recordedBy()).put("reason", r.reason());
        }
        Json.write(ctx, 200, out);
    }

    /** The XLSX template of the values still waiting in {@code ?period=} (the year by default). */
    void valuesTemplate(Context ctx) {
        var plan = plan(ctx);
        var period = period(ctx, plan, ctx.queryParam("period"));
        var rows = ValuesWorkbook.waiting(plan, values.catalog(plan), values.latest(plan, period));
        Downloads.xlsx(ctx, UploadPages.templateName(plan, period), ValuesWorkbook.write(plan, period, rows));
    }

    /**
     * The stored plan as an XLSX plan template (its alberatura, rows as in the TSV export); a plan the
     * template cannot hold whole is a 422 saying what would be lost, not a file without it.
     */
    void planTemplate(Context ctx) {
        var plan = plan(ctx);
        byte[] workbook;
        try {
            workbook = PlanWorkbook.of(plan);
        } catch (AlberaturaUnfitException e) {
            var m = ApiTexts.of(ctx).messages();
            throw new ProblemException(new ProblemDetail(422, "invalid-data",
                    m.get("web.plan-template.unfit", e.reasons(m))));
        }
        Downloads.xlsx(ctx, "piano-" + plan.year() + ".xlsx", workbook);
    }

    void preview(Context ctx) {
        var plan = plan(ctx);
        var language = ApiTexts.of(ctx);
        var type = ctx.contentType() == null ? "" : ctx.contentType();
        boolean xlsx = type.toLowerCase(java.util.Locale.ROOT).startsWith(Downloads.XLSX);
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv") && !xlsx) {
            throw new ProblemException(new ProblemDetail(415, "unsupported-media-type",
                    language.text("detail.values-csv-type", type)));
        }
        var entry = values.entry(plan, Actors.of(ctx));
        var reading = xlsx ? template(ctx.bodyAsBytes(), plan, entry, language)
                : ValuesCsv.read(lines(ctx.bodyAsBytes(), language), entry);
        // a validated period would refuse the confirm: the preview says so, with who validated it and when
        var locked = values.locked(plan);
        var refusals = reading.records().stream().map(ValueRecord::period).distinct().filter(locked::containsKey)
                .map(p -> language.messages().render(locked.get(p).refusal())).toList();
        var out = header(plan).put("clean", reading.clean() && refusals.isEmpty());
        var problems = out.putArray("problems");
        reading.problems().forEach(p -> problems.addObject().put("line", p.line()).put("field", p.field())
                .put("message", language.messages().render(p.problem())));
        refusals.forEach(r -> problems.addObject().put("line", 0).put("field", "period").put("message", r));
        var rows = out.putArray("rows");
        reading.records().forEach(r -> value(target(rows.addObject(), r.target(), entry.codes())
                .put("period", r.period().format()), r.value()));
        Json.write(ctx, 200, out);
    }

    private static Optional<ValueRecord> read(JsonNode item, int index, ValueEntry entry, ArrayNode problems,
            ApiTexts language) {
        if (!item.isObject()) {
            problems.addObject().put("index", index).put("field", "").put("message", language.text("detail.value-item"));
            return Optional.empty();
        }
        var number = numberProblem(item.get("value"));
        if (number.isPresent()) {
            problems.addObject().put("index", index).put("field", "value")
                    .put("message", language.messages().render(number.get()));
            return Optional.empty();
        }
        var found = new ArrayList<ValueEntry.FieldProblem>();
        var record = entry.read(text(item, "code"), text(item, "period"), text(item, "value"), text(item, "reason"),
                found);
        found.forEach(p -> problems.addObject().put("index", index).put("field", p.field())
                .put("message", language.messages().render(p.problem())));
        return record;
    }

    /** A values template of this plan, refused whole (422, each problem with its sheet, row and column) when it cannot be read. */
    private static ValuesCsv.Reading template(byte[] body, Plan plan, ValueEntry entry, ApiTexts language) {
        try {
            // named as a template, so that the one decision of a file's kind (ImportFiles.kind) refuses a
            // body that is no zip as no valid XLSX instead of reading it as a CSV
            return ImportFiles.values(TEMPLATE_NAME, body, plan.entity(), plan.year(), entry);
        } catch (ImportException e) {
            var extra = Json.object();
            var problems = extra.putArray("problems");
            e.problems().forEach(p -> problems.addObject().put("line", p.line()).put("field", "")
                    .put("message", language.messages().render(p.message())).put("text", p.render(language.messages())));
            throw new ProblemException(new ProblemDetail(422, "invalid-data",
                    language.text("detail.invalid-data", e.problems().size()), extra));
        }
    }

    /** The body's lines, refusing what is not UTF-8 text (as the file uploads do) with a 422 problem. */
    private static List<String> lines(byte[] body, ApiTexts language) {
        try {
            return TextFile.lines("CSV", body);
        } catch (ImportException e) {
            var extra = Json.object();
            var problems = extra.putArray("problems");
            e.problems().forEach(p -> problems.addObject().put("line", p.line()).put("field", "")
                    .put("message", language.messages().render(p.message())));
            throw new ProblemException(new ProblemDetail(422, "invalid-data",
                    language.text("detail.invalid-values", e.problems().size()), extra));
        }
    }

    /**
     * What keeps a JSON number from being a value, before it is written out as text: infinite
     * ({@code 1e999999} reads as a double overflowing to infinity) or beyond the amount columns
     * ({@code 1e300} would become 301 digits).
     */
    private static Optional<Message> numberProblem(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return Optional.empty();
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()) && !node.isBigDecimal()) {
            return Optional.of(Limits.amountProblem(BigDecimal.TEN.pow(Limits.AMOUNT_INTEGER_DIGITS), node.asText())
                    .orElseThrow());
        }
        return Limits.amountProblem(node.decimalValue(), node.decimalValue().toString());
    }

    /** A field as text; a JSON number is written the Italian way ({@code 880.5} is {@code 880,5}). */
    private static String text(JsonNode item, String field) {
        var node = item.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isNumber() ? node.decimalValue().toPlainString().replace('.', ',') : node.asText();
    }

    private static List<JsonNode> items(Context ctx) {
        var language = ApiTexts.of(ctx);
        var type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(new ProblemDetail(415, "unsupported-media-type",
                    language.text("detail.values-json-type", type)));
        }
        JsonNode body;
        try {
            body = Json.read(ctx.body());
        } catch (Exception e) {
            body = null;
        }
        if (body == null || !body.isArray()) {
            throw badRequest(language, language.text("detail.values-array"));
        }
        var out = new ArrayList<JsonNode>();
        body.forEach(out::add);
        return out;
    }

    private Plan plan(Context ctx) {
        var key = PlanKey.of(ctx);
        return values.plan(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
    }

    private static Period period(Context ctx, Plan plan, String text) {
        if (text == null || text.isBlank()) {
            return Period.of(plan.year());
        }
        try {
            return Period.parseIn(text, plan.year());
        } catch (InvalidValueException e) {
            var language = ApiTexts.of(ctx);
            throw badRequest(language, language.messages().render(e.problem()));
        }
    }

    private static ProblemException badRequest(ApiTexts language, String detail) {
        return new ProblemException(new ProblemDetail(400, "bad-request", detail));
    }

    private static ObjectNode header(Plan plan) {
        return Json.object().put("entity", plan.entity()).put("year", plan.year());
    }

    /** The target's kind, code and id; indicators are found in the codes' index, not by a scan per row. */
    private static ObjectNode target(ObjectNode out, ValueTarget target, ValueCodes codes) {
        return switch (target) {
            case ValueTarget.OfMeasure m -> out.put("kind", "MEASURE").put("code", m.code()).putNull("id");
            case ValueTarget.OfIndicator i -> out.put("kind", "INDICATOR")
                    .put("code", codes.indicator(i.id()).map(x -> x.code()).orElse("")).put("id", i.id().value());
        };
    }

    /** The value as text in Italian format, and as a number when it is one. */
    static ObjectNode value(ObjectNode out, Value value) {
        out.put("value", ItalianFormat.format(value));
        if (value instanceof Value.Amount n) {
            out.put("number", n.quantity().amount());
        } else {
            out.putNull("number");
        }
        return out;
    }

    private static String sortKey(ValueTarget target) {
        return switch (target) {
            case ValueTarget.OfMeasure m -> "0" + m.code();
            case ValueTarget.OfIndicator i -> String.format("1%010d", i.id().value());
        };
    }
}
