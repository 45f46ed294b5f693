package it.traguardi.web.access;

import io.javalin.http.Context;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;

/**
 * Registro dei rifiuti: where the gate records every request it refuses (issue 9: a refusal is
 * audited), with the request's author ({@link Actors}), the plan it named and the reason. Code
 * that refuses a request outside the gate calls {@link #refused} too.
 */
@FunctionalInterface
public interface RefusalLog {

    /** Records nothing: for a gate built without a database (unit tests of the gate alone). */
    RefusalLog NONE = (ctx, reason) -> { };

    /** Records that the request was refused, and why. */
    void refused(Context ctx, String reason);

    /** Refusals appended to the audit trail, each in its own transaction. */
    static RefusalLog to(AuditTrail audit) {
        return (ctx, reason) -> audit.refused(Actors.of(ctx), scope(AccessGate.resource(ctx)),
                ctx.method() + " " + ctx.path(), reason);
    }

    private static AuditScope scope(Resource resource) {
        return switch (resource) {
            case Resource.Archive a -> AuditScope.ARCHIVE;
            case Resource.Plan p -> new AuditScope.OfPlan(p.entity(), p.year());
            case Resource.Row r -> new AuditScope.OfPlan(r.entity(), r.year());
            case Resource.Entity e -> AuditScope.ARCHIVE;
        };
    }
}
