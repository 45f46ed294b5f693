package it.traguardi.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.util.ConcurrencyUtil;
import java.time.Duration;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * Limiti di una richiesta: what one request may cost the server, so that no client (careless or
 * hostile) takes memory, CPU or threads from the others.
 *
 * @param threads the server's threads (Jetty's pool); a request holds one while it runs
 * @param bodyBytes the largest request body of any kind (a form that sends a checked file back as
 *     text is the largest legitimate one: about three times its file once URL-encoded)
 * @param fileBytes the largest uploaded file (a form's file, or a file sent as the body of an API call)
 * @param idleTimeout how long a connection may send nothing, in the headers or in the body
 * @param minReadRate the slowest a request body may arrive, in bytes a second: a client that
 *     trickles bytes to keep a thread busy is cut off at its next read
 * @param renderings how many report files (a PDF takes 0.3 to 0.8 s of a core) are rendered at once;
 *     a request that finds them all busy for long is answered 503 "riprova" (0: every one is, as in tests)
 */
public record RequestLimits(int threads, long bodyBytes, long fileBytes, Duration idleTimeout, long minReadRate,
        int renderings) {

    private static final long MIB = 1024 * 1024;

    /**
     * The seed's alberatura takes 33 KB for 94 indicators and a values CSV 19 bytes a row: 4 MiB a
     * file holds about 11,000 indicators or 225,000 values. A request gets 16 MiB (a 4 MiB file sent
     * back URL-encoded), read at 1 KiB/s at least (a 4 MiB file on a slow office line passes, one
     * byte every 3 s is cut at its second byte), with 20 s of silence at most.
     */
    public static final RequestLimits DEFAULTS = new RequestLimits(250, 16 * MIB, 4 * MIB, Duration.ofSeconds(20), 1024,
            Math.max(2, Runtime.getRuntime().availableProcessors()));

    public RequestLimits {
        if (threads < 8 || fileBytes < 1 || bodyBytes < fileBytes || minReadRate < 1 || idleTimeout.isNegative()
                || idleTimeout.isZero() || renderings < 0) {
            throw new IllegalArgumentException("unusable limits: " + threads + " threads, " + bodyBytes + " bytes a body, "
                    + fileBytes + " a file, " + idleTimeout + " idle, " + minReadRate + " B/s, " + renderings + " renderings");
        }
    }

    /** The limits with another number of server threads (tests use few, to show starvation with few sockets). */
    public RequestLimits withThreads(int count) {
        return new RequestLimits(count, bodyBytes, fileBytes, idleTimeout, minReadRate, renderings);
    }

    /** The limits with another number of report files rendered at once. */
    public RequestLimits withRenderings(int count) {
        return new RequestLimits(threads, bodyBytes, fileBytes, idleTimeout, minReadRate, count);
    }

    /** The limits with other body and file sizes. */
    public RequestLimits withSizes(long body, long file) {
        return new RequestLimits(threads, body, file, idleTimeout, minReadRate, renderings);
    }

    /** A size as people read it: whole megabytes ({@code 4 MB}), else kilobytes. */
    public static String shown(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /** Sets Jetty's and Javalin's own limits; {@link BodyCheck} answers the requests that pass them. */
    void configure(JavalinConfig cfg) {
        cfg.http.maxRequestSize = bodyBytes;
        cfg.jetty.multipartConfig.maxFileSize(fileBytes, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(bodyBytes, SizeUnit.BYTES);
        // kept in memory: the handlers read every file whole anyway, and nothing lingers on disk
        cfg.jetty.multipartConfig.maxInMemoryFileSize((int) fileBytes, SizeUnit.BYTES);
        cfg.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("traguardi", 8, threads, false);
        // a blocking read of a body waits at most this long for the next bytes
        cfg.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(idleTimeout.toMillis()));
        cfg.jetty.modifyServletContextHandler(context -> context.setMaxFormContentSize((int) bodyBytes));
        cfg.jetty.modifyServer(server -> {
            server.setHandler(new MinimumDataRateHandler(minReadRate, 0));
            for (var connector : server.getConnectors()) {
                if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                    c.setIdleTimeout(idleTimeout.toMillis());
                }
            }
        });
    }
}
