package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.store.account.UserStore;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Requester;

/** Who the API sees: the account of the request's token (or session), with its roles; 401 for the public. */
final class AccountApi {

    private final UserStore users;

    AccountApi(UserStore users) {
        this.users = users;
    }

    void me(Context ctx) {
        if (!(AccessGate.requester(ctx) instanceof Requester.Account account)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"traguardi\"");
            throw new ProblemException(new ProblemDetail(401, "unauthorized", ApiTexts.of(ctx).text("detail.signed-out")));
        }
        var name = users.byId(account.id()).map(u -> u.displayName()).orElse(account.login());
        var out = Json.object().put("login", account.login()).put("name", name)
                .put("administrator", account.administrator());
        var grants = out.putArray("grants");
        account.grants().forEach(g -> grants.addObject().put("entity", g.entity()).put("role", g.role().code()));
        Json.write(ctx, 200, out);
    }
}
