package it.traguardi.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A real data source whose connections let another transaction in at one chosen moment: just before
 * a statement whose SQL contains a marker is prepared, {@code meanwhile} runs once (on connections
 * of its own) and commits. So a test can place a concurrent write between two reads of one
 * operation, every time, instead of hoping a race lands there.
 */
final class Interleaving {

    private Interleaving() {
    }

    static DataSource before(DataSource real, String marker, Runnable meanwhile) {
        var pending = new AtomicBoolean(true);
        return proxy(DataSource.class, real, (method, args) -> {
            var result = call(method, real, args);
            return result instanceof Connection connection ? connection(connection, marker, meanwhile, pending) : result;
        });
    }

    private static Connection connection(Connection real, String marker, Runnable meanwhile, AtomicBoolean pending) {
        return proxy(Connection.class, real, (method, args) -> {
            if (method.getName().equals("prepareStatement") && args[0] instanceof String sql && sql.contains(marker)
                    && pending.getAndSet(false)) {
                meanwhile.run();
            }
            return call(method, real, args);
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T real, Handler handler) {
        return type.cast(Proxy.newProxyInstance(Interleaving.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method, args)));
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
