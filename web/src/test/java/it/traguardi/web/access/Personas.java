package it.traguardi.web.access;

import io.javalin.http.Context;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people of the authorization tests: the installation administrator, someone not signed in,
 * and each of the five roles in entity A (Modena) and in entity B (Parma). A request names its
 * person in the {@link #HEADER} header, and {@link #REQUESTERS} turns it into the requester: the one
 * place where the tests say who is asking. When sign-in exists, it becomes a bearer token of a
 * real account holding the same grant, with no change to the tests.
 */
final class Personas {

    static final String HEADER = "X-Test-Persona";
    static final String A = "Modena";
    static final String B = "Parma";

    /** One test person: the name the tables use, and who the server sees. */
    record Persona(String name, Requester requester) {
        String[] header() {
            return new String[] {HEADER, name};
        }
    }

    static final Persona ADMIN = new Persona("admin", new Requester.Account(1, "admin", true, List.of()));
    static final Persona ANONYMOUS = new Persona("anonimo", Requester.ANONYMOUS);
    static final List<Persona> ALL = all();

    private static final Map<String, Requester> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(Persona::name, Persona::requester));

    /** The requester a test request names; nobody named is someone not signed in. */
    static final Function<Context, Requester> REQUESTERS = ctx -> {
        var name = ctx.header(HEADER);
        return name == null ? Requester.ANONYMOUS : BY_NAME.getOrDefault(name, Requester.ANONYMOUS);
    };

    private Personas() {
    }

    /** The person holding {@code role} in {@code entity}, as the tables name them ({@code Modena:referente}). */
    static Persona of(String entity, Role role) {
        var name = entity + ":" + role.code();
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The login of the person holding {@code role} in {@code entity}: {@code referente.modena}. */
    static String login(String entity, Role role) {
        return role.code() + "." + entity.toLowerCase(Locale.ROOT);
    }

    private static List<Persona> all() {
        var out = new ArrayList<Persona>(List.of(ADMIN, ANONYMOUS));
        long id = 10;
        for (var entity : List.of(A, B)) {
            for (var role : Role.values()) {
                out.add(new Persona(entity + ":" + role.code(), new Requester.Account(id++, login(entity, role), false,
                        List.of(new Grant(entity, role)))));
            }
        }
        return List.copyOf(out);
    }
}
