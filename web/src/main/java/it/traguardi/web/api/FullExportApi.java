package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.exchange.json.FullPlanJson;
import it.traguardi.store.FullPlanStore;
import it.traguardi.web.Downloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The full export of a plan ({@code traguardi.full/1}, docs/full-export.md) as a download, for
 * those who may read its audit trail: it carries who recorded, commented, validated and approved
 * what, which the public does not read.
 */
final class FullExportApi {

    private final FullPlanStore store;

    FullExportApi(FullPlanStore store) {
        this.store = store;
    }

    void download(Context ctx) {
        var key = PlanKey.of(ctx);
        var plan = store.read(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
        var document = FullPlanJson.write(plan, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        ctx.status(200).contentType("application/json; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(key) + "\"")
                .result(document.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code traguardi-modena-2022-completo.json}: the entity's name as the reports' files write it. */
    static String fileName(PlanKey key) {
        return "traguardi-" + Downloads.slug(key.entity()) + "-" + key.year() + "-completo.json";
    }
}
