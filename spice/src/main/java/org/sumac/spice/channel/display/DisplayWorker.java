package org.sumac.spice.channel.display;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread of one desktop that builds its display frames: it waits for the screen's lock (the X lock for an X
 * desktop), reads the damaged pixels, encodes them, and hands the finished messages to the connections' event
 * loops. The event loops, shared by every desktop on a port, never wait for a screen, so a desktop whose lock is
 * busy or whose encoding is slow delays only its own frames. One platform thread per desktop, named
 * {@code spice-display-NAME} in thread dumps.
 */
public final class DisplayWorker implements AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;

    public DisplayWorker(String name) {
        executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("spice-display-" + name).factory());
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Where display channel clients run their frame building and frame clock. */
    public ScheduledExecutorService executor() {
        return executor;
    }

    /**
     * Stops taking tasks and waits briefly for the frame being built; a worker stuck on a screen lock that never
     * comes free is interrupted and left behind (it is a daemon thread).
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
