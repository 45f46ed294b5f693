package it.traguardi.web;

import it.traguardi.store.Housekeeping;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer of {@code serve} that asks the {@link Housekeeping} every minute; the lease in the
 * database makes the work run once every {@link Housekeeping#EVERY} across all nodes, whichever
 * node asks first. One daemon thread; a failed run (the database away for a moment) is logged and
 * tried again at the next tick, never ends the timer.
 */
public final class HousekeepingTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingTimer.class);
    static final Duration TICK = Duration.ofMinutes(1);

    private final ScheduledExecutorService timer;

    private HousekeepingTimer(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts asking now, then every {@link #TICK}. */
    public static HousekeepingTimer start(Housekeeping housekeeping) {
        var timer = Executors.newSingleThreadScheduledExecutor(work -> {
            var thread = new Thread(work, "traguardi-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> tick(housekeeping), 0, TICK.toSeconds(), TimeUnit.SECONDS);
        return new HousekeepingTimer(timer);
    }

    private static void tick(Housekeeping housekeeping) {
        try {
            switch (housekeeping.runIfDue()) {
                case Housekeeping.Outcome.Purged purged -> LOG.info("housekeeping: {}", purged);
                case Housekeeping.Outcome.NotDue notDue -> LOG.debug("housekeeping: not due");
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log and wait for the next tick
            LOG.warn("housekeeping failed, tried again in {}", TICK, e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
