package org.sumac.x11.server;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A log line per burst, not per event: the first event of a window is written at once, the rest of that window
 * are counted and told as one summary line when the window ends. Refused connections cost an attacker nothing,
 * so a line each would let anyone who can connect fill the disk (26,000 lines in 20 s were measured).
 */
final class BurstLog {
    private final Consumer<String> out;
    private final ScheduledExecutorService timer;
    private final long windowNanos;
    /** What the summary counts, e.g. "connections refused or failed". */
    private final String what;
    private boolean inWindow;
    private long windowStart;
    private int suppressed;
    private String last;

    BurstLog(Consumer<String> out, ScheduledExecutorService timer, Duration window, String what) {
        this.out = out;
        this.timer = timer;
        this.windowNanos = window.toNanos();
        this.what = what;
    }

    /** One event; {@code line} is what is written when it is the first of its window. */
    void event(String line) {
        boolean scheduleFlush = false;
        long start;
        synchronized (this) {
            long now = System.nanoTime();
            if (!inWindow || now - windowStart >= windowNanos) {
                flushLocked();
                inWindow = true;
                windowStart = now;
                out.accept(line);
                return;
            }
            if (suppressed++ == 0) scheduleFlush = true;
            last = line;
            start = windowStart;
        }
        if (scheduleFlush) {
            long delay = windowNanos - (System.nanoTime() - start);
            try {
                timer.schedule(() -> flushWindow(start), Math.max(0, delay), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                flush();
            }
        }
    }

    /** Writes the summary of the window if events were held back. */
    synchronized void flush() { flushLocked(); }

    /** The timer's flush: only of the window it was set for (an event may have closed it and opened another). */
    private synchronized void flushWindow(long start) {
        if (inWindow && windowStart == start) flushLocked();
    }

    private void flushLocked() {
        if (suppressed == 0) return;
        long seconds = Math.max(1, Math.round((System.nanoTime() - windowStart) / 1e9));
        out.accept(suppressed + " more " + what + " in the last " + seconds + " s (last: " + last + ")");
        suppressed = 0;
        last = null;
        // The window closes with its summary, so the next event is told at once, and a steady storm costs two lines
        // a window.
        inWindow = false;
    }
}
