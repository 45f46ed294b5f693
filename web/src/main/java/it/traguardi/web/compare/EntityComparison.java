package it.traguardi.web.compare;

import io.javalin.http.Context;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.Limits;
import it.traguardi.store.IndicatorAcrossEntities;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Requester;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one reading of a comparison's query ({@code anno}, {@code codice}, {@code periodo}: the plan
 * year's end when not given) and the one rule of what it shows: the rows of published plans to
 * everyone, the rows of other plans only to the people of their entity (an installation
 * administrator, the program), asked of the gate only for the entities where the requester holds a
 * role, so that a query over 8,000 plans asks the policy a handful of times, not 8,000.
 */
public final class EntityComparison {

    /** The query parameters, as the page's form and the API name them. */
    public static final String YEAR = "anno";
    public static final String CODE = "codice";
    public static final String PERIOD = "periodo";

    /** Rows of a page or an API answer when not asked: a screenful, not a country. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * Rows of one page or API answer at most: every entity of a national installation (8,000 and
     * more) in one answer, which the store scores in rounds of {@link IndicatorAcrossEntities#CHUNK}.
     */
    public static final int MAX_LIMIT = 10_000;

    private final IndicatorAcrossEntities store;
    private final AccessGate gate;

    public EntityComparison(IndicatorAcrossEntities store, AccessGate gate) {
        this.store = Objects.requireNonNull(store, "store");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** A query as read: its values, and a problem for each field that has one. */
    public record Query(int year, String code, Period period, List<Problem> problems) {

        public Query {
            problems = List.copyOf(problems);
        }

        public boolean sound() {
            return problems.isEmpty();
        }
    }

    /** A field of the query and what is wrong with it. */
    public record Problem(String field, Message message) {
    }

    /** Reads the query: year 1900-2999, a code of at most 200 characters, a period in the year. */
    public static Query read(String yearText, String codeText, String periodText) {
        var problems = new ArrayList<Problem>();
        var year = year(yearText);
        if (year == 0) {
            problems.add(new Problem(YEAR, Message.of("web.entities.problem.year", Objects.requireNonNullElse(yearText, ""))));
        }
        var code = Objects.requireNonNullElse(codeText, "").strip();
        if (code.isEmpty()) {
            problems.add(new Problem(CODE, Message.of("web.entities.problem.code")));
        } else {
            Limits.Text.CODE.problem(code).ifPresent(problem -> problems.add(new Problem(CODE, problem)));
        }
        Period period = year == 0 ? Period.of(1900) : Period.of(year);
        if (year != 0 && periodText != null && !periodText.isBlank()) {
            try {
                period = Period.parseIn(periodText, year);
            } catch (InvalidValueException e) {
                problems.add(new Problem(PERIOD, e.problem()));
            }
        }
        return new Query(year, code, period, problems);
    }

    /** Reads the query of a request. */
    public static Query read(Context ctx) {
        return read(ctx.queryParam(YEAR), ctx.queryParam(CODE), ctx.queryParam(PERIOD));
    }

    private static int year(String text) {
        try {
            var year = Integer.parseInt(Objects.requireNonNullElse(text, "").strip());
            return Limits.plausibleYear(year) ? year : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Some of the rows a query matches: {@code limit} rows from the {@code offset}-th (from 0) of those
     * the requester may read, and how many those are in all.
     */
    public record RowsPage(List<IndicatorAcrossEntities.Row> rows, int total, int offset, int limit) {

        public RowsPage {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The rows of a sound query that the requester may read, by entity name, from the {@code offset}-th
     * (from 0), at most {@code limit} (1 to {@value #MAX_LIMIT}): only those are scored, so that a
     * page costs what it shows; the others are only counted.
     */
    public RowsPage rows(Context ctx, Query query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        var requester = AccessGate.requester(ctx);
        var readable = store.entries(query.code(), query.year()).stream()
                .filter(entry -> entry.published() || insider(ctx, requester, entry))
                .toList();
        var from = Math.min(offset, readable.size());
        var page = readable.subList(from, Math.min(readable.size(), from + limit));
        return new RowsPage(store.rows(page, query.period()), readable.size(), offset, limit);
    }

    private boolean insider(Context ctx, Requester requester, IndicatorAcrossEntities.Entry entry) {
        var mayBe = switch (requester) {
            case Requester.Anonymous a -> false;
            case Requester.Program p -> true;
            case Requester.Account a -> a.administrator() || a.grants().stream().anyMatch(g -> g.entity().equals(entry.entity()));
        };
        return mayBe && gate.insider(ctx, entry.entity(), entry.year());
    }
}
