package it.traguardi.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.validation.Confirmation;
import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.core.validation.Remark;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.store.ConfirmationStore;
import it.traguardi.store.ValidationStore;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Actors;
import it.traguardi.web.result.Results;
import it.traguardi.web.values.PlanValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validazione through the API: the validations of a plan's periods, the validation and reopening
 * of one (the valutatore), the confirmations of a period's values (the responsabile, on the rows
 * assigned to them), and the valutatore's remarks on a node.
 */
final class ValidationApi {

    private final PlanValues values;
    private final ValidationStore validations;
    private final ConfirmationStore confirmations;
    private final NodeNotes<Remark> remarks;
    private final AccessGate gate;

    ValidationApi(PlanValues values, ValidationStore validations, ConfirmationStore confirmations, Results results,
            AccessGate gate) {
        this.values = values;
        this.validations = validations;
        this.confirmations = confirmations;
        this.remarks = new NodeNotes<>(results, "remarks", validations::remarks, validations::addRemark, ValidationApi::remark);
        this.gate = gate;
    }

    void periods(Context ctx) {
        var plan = plan(ctx);
        var out = header(plan);
        var array = out.putArray("validations");
        validations.list(plan.entity(), plan.year()).forEach(v -> array.add(validation(v)));
        Json.write(ctx, 200, out);
    }

    /** Validates the period: 201 with the validation; 409 {@code period-locked} when it is already validated. */
    void validate(Context ctx) {
        var plan = plan(ctx);
        var period = period(ctx, plan, ctx.pathParam("period"));
        var remarks = field(ctx, "remarks");
        PeriodValidation.remarksProblem(remarks).ifPresent(p -> {
            throw invalid(ctx, "remarks", ApiTexts.of(ctx).messages().render(p));
        });
        Json.write(ctx, 201, validation(validations.validate(plan.entity(), plan.year(), period, remarks, Actors.of(ctx))));
    }

    /** Reopens the period for the reason given (422 without); 409 {@code period-not-validated} when it is not validated. */
    void reopen(Context ctx) {
        var plan = plan(ctx);
        var period = period(ctx, plan, ctx.pathParam("period"));
        var reason = field(ctx, "reason");
        PeriodValidation.reasonProblem(reason).ifPresent(p -> {
            throw invalid(ctx, "reason", ApiTexts.of(ctx).messages().render(p));
        });
        var reopened = validations.reopen(plan.entity(), plan.year(), period, reason, Actors.of(ctx));
        if (reopened.isEmpty()) {
            throw new ProblemException(new ProblemDetail(409, "period-not-validated",
                    ApiTexts.of(ctx).text("detail.period-not-validated", period.format())));
        }
        Json.write(ctx, 200, validation(reopened.get()));
    }

    void confirmations(Context ctx) {
        var plan = plan(ctx);
        var period = period(ctx, plan, Optional.ofNullable(ctx.queryParam("period")).orElse(Integer.toString(plan.year())));
        var out = header(plan).put("period", period.format());
        var array = out.putArray("confirmations");
        values.confirmations(plan, period).values().forEach(c -> array.add(confirmation(c)));
        Json.write(ctx, 200, out);
    }

    /**
     * Confirms the values of a period: those of {@code codes} (each within the requester's rows, or
     * 403 naming the first outside), else every value of the period on the requester's rows.
     */
    void confirm(Context ctx) {
        var plan = plan(ctx);
        var body = body(ctx);
        var period = period(ctx, plan, text(body, "period", Integer.toString(plan.year())));
        var recorded = values.latest(plan, period).keySet().stream()
                .filter(t -> !(t instanceof ValueTarget.OfIndicator i) || plan.indicator(i.id()).isPresent()).toList();
        List<ValueTarget> targets;
        if (body.has("codes")) {
            targets = targets(ctx, plan, body.get("codes"));
            gate.requireRows(ctx, Action.CONFIRM_VALUES, plan, targets);
        } else {
            targets = gate.allowedRows(ctx, Action.CONFIRM_VALUES, plan, recorded);
        }
        var done = confirmations.confirm(plan.entity(), plan.year(), period, targets, Actors.of(ctx));
        var out = header(plan).put("period", period.format()).put("confirmed", done.size());
        Json.write(ctx, 200, out);
    }

    void remarks(Context ctx) {
        remarks.list(ctx);
    }

    void addRemark(Context ctx) {
        remarks.add(ctx, (request, located, author) -> {
            var plan = located.result().plan();
            var body = body(request);
            var period = period(request, plan, text(body, "period", Integer.toString(plan.year())));
            var text = text(body, "text", "").strip();
            Remark.problem(text).ifPresent(p -> {
                throw invalid(request, "text", ApiTexts.of(request).messages().render(p));
            });
            return new Remark(located.node().id(), period, text, author.name(), Instant.now());
        });
    }

    private List<ValueTarget> targets(Context ctx, Plan plan, JsonNode codes) {
        var language = ApiTexts.of(ctx);
        if (!codes.isArray()) {
            throw new ProblemException(new ProblemDetail(400, "bad-request", language.text("detail.bad-confirmation")));
        }
        var codeIndex = values.entry(plan, Actors.of(ctx)).codes();
        var out = new ArrayList<ValueTarget>();
        for (var code : codes) {
            switch (codeIndex.resolve(code.asText(""))) {
                case it.traguardi.core.measure.ValueCodes.Resolution.Found f -> out.add(f.target());
                case it.traguardi.core.measure.ValueCodes.Resolution.Unresolved r ->
                        throw invalid(ctx, "codes", language.messages().render(r.reason()));
            }
        }
        return out;
    }

    private Plan plan(Context ctx) {
        var key = PlanKey.of(ctx);
        return values.plan(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
    }

    private static Period period(Context ctx, Plan plan, String text) {
        try {
            return Period.parseIn(text, plan.year());
        } catch (InvalidValueException e) {
            var language = ApiTexts.of(ctx);
            throw new ProblemException(new ProblemDetail(400, "bad-request", language.messages().render(e.problem())));
        }
    }

    /** The request's JSON object; an empty body is an empty object. */
    private static JsonNode body(Context ctx) {
        var text = ctx.body();
        if (text.isBlank()) {
            return Json.object();
        }
        try {
            var body = Json.read(text);
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (Exception e) {
            // answered below
        }
        throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.json-object")));
    }

    private static String field(Context ctx, String name) {
        return text(body(ctx), name, "").strip();
    }

    private static String text(JsonNode body, String name, String otherwise) {
        var node = body.get(name);
        return node == null || node.isNull() ? otherwise : node.asText();
    }

    private static ProblemException invalid(Context ctx, String field, String message) {
        var extra = Json.object();
        extra.putArray("problems").addObject().put("field", field).put("message", message);
        return new ProblemException(new ProblemDetail(422, "invalid-data", message, extra));
    }

    private static ObjectNode header(Plan plan) {
        return Json.object().put("entity", plan.entity()).put("year", plan.year());
    }

    private static ObjectNode validation(PeriodValidation v) {
        var out = Json.object().put("period", v.period().format()).put("locked", v.locks())
                .put("validatedBy", v.validatedBy()).put("validatedAt", v.validatedAt().toString())
                .put("remarks", v.remarks());
        if (v.state() instanceof PeriodValidation.Reopened r) {
            out.putObject("reopened").put("by", r.by()).put("at", r.at().toString()).put("reason", r.reason());
        } else {
            out.putNull("reopened");
        }
        return out;
    }

    private static ObjectNode confirmation(Confirmation c) {
        var out = Json.object();
        switch (c.target()) {
            case ValueTarget.OfMeasure m -> out.put("kind", "MEASURE").put("code", m.code()).putNull("id");
            case ValueTarget.OfIndicator i -> out.put("kind", "INDICATOR").putNull("code").put("id", i.id().value());
        }
        return out.put("confirmedBy", c.confirmedBy()).put("confirmedAt", c.confirmedAt().toString())
                .put("current", c.current());
    }

    private static ObjectNode remark(Remark r) {
        return Json.object().put("period", r.period().format()).put("text", r.text()).put("author", r.author())
                .put("createdAt", r.createdAt().toString());
    }
}
