package it.traguardi.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Ambito dei dati: the entity whose rows the store work of the current thread may see, the second
 * wall behind the web's access gate. A request about an entity, once the gate has allowed it, is
 * restricted to that entity ({@link #restrictTo}) until it ends ({@link #lift}); everything else
 * (the archive and home pages, the command line, jobs, migrations) is unrestricted, as a thread is
 * until it is restricted. On PostgreSQL every connection the store takes carries the scope in the
 * setting {@value #SETTING}, which the row-level security policies read (db/postgresql); H2 has no
 * row-level security, so there the gate is the only wall.
 *
 * <p>Per thread, because a request is served on one thread from the gate to the last store call,
 * and because a store read takes no {@code Actor} that could carry it.
 */
public final class EntityScope {

    /** The PostgreSQL setting the policies read: {@value #EVERY_ENTITY}, or a JSON array of entity names. */
    public static final String SETTING = "traguardi.entities";
    /** The value of {@value #SETTING} that lets every entity's rows through. */
    static final String EVERY_ENTITY = "*";

    private static final ThreadLocal<String> RESTRICTED = new ThreadLocal<>();

    private EntityScope() {
    }

    /** Restricts this thread's store work to the rows of one entity (ente). */
    public static void restrictTo(String entity) {
        RESTRICTED.set(Objects.requireNonNull(entity, "entity"));
    }

    /** Lets this thread's store work see every entity again. */
    public static void lift() {
        RESTRICTED.remove();
    }

    /** The entity this thread is restricted to; empty when unrestricted. */
    public static Optional<String> current() {
        return Optional.ofNullable(RESTRICTED.get());
    }

    /** The value of {@value #SETTING} for this thread. */
    static String setting() {
        var entity = RESTRICTED.get();
        return entity == null ? EVERY_ENTITY : "[" + jsonString(entity) + "]";
    }

    /** A JSON string: the name is the user's text and may hold quotes or backslashes. */
    private static String jsonString(String text) {
        var out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
