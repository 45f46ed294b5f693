package it.traguardi.web.report;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Posti di stampa: how many report files are made at once. A PDF takes a core for up to a second,
 * so a burst of downloads could hold every server thread and core; beyond the slots a request
 * waits a little, then is told to try again (503) rather than queue without end.
 */
public final class RenderSlots {

    /** How long a download waits for a slot: about three PDFs made before it. */
    public static final Duration WAIT = Duration.ofSeconds(2);

    private final Semaphore permits;

    public RenderSlots(int count) {
        this.permits = new Semaphore(count, true);
    }

    /** What the work gives, made in a slot; empty when no slot freed within the wait. */
    <T> Optional<T> run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            permits.release();
        }
    }
}
