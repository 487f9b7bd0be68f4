package org.sumac.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * The X workload of the SPICE fault tests: an xterm scrolling {@code seq 1 20000}, timed from its start until
 * the shell touches a marker file (the last line was written, so X took every request). The xterm stays open
 * afterwards, showing the end of the list (or scrolling on, see {@link #start(SumacProcess, boolean)}), until
 * closed.
 */
final class ScrollWorkload implements AutoCloseable {
    static final String[] PROGRAMS = {"xterm", "sh", "seq", "xwd"};

    private final XClients.Running xterm;
    private final Path done;
    private final Path stop;
    private final long startNanos = System.nanoTime();

    private ScrollWorkload(XClients.Running xterm, Path done, Path stop) {
        this.xterm = xterm;
        this.done = done;
        this.stop = stop;
    }

    static ScrollWorkload start(SumacProcess sumac) {
        return start(sumac, false);
    }

    /**
     * Starts the xterm. With {@code keepScrolling} it goes on scrolling (5000 more lines at a time) after the
     * timed part until {@link #stopScrolling()}, so X stays busy for as long as a fault lasts.
     */
    static ScrollWorkload start(SumacProcess sumac, boolean keepScrolling) {
        Path dir = TestOutput.dir("desktop");
        long id = System.nanoTime();
        Path done = dir.resolve("scrolled-" + id);
        Path stop = dir.resolve("stop-scrolling-" + id);
        String more = keepScrolling ? "while [ ! -e '" + stop + "' ]; do seq 1 5000; done; " : "";
        XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "100x40+0+0", "-e", "sh", "-c",
            "seq 1 20000; touch '" + done + "'; " + more + "sleep 600");
        return new ScrollWorkload(xterm, done, stop);
    }

    /** Ends the scrolling that follows the timed part; the current round of 5000 lines still finishes. */
    void stopScrolling() {
        try {
            Files.writeString(stop, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the marker; the time from start to marker. */
    Duration awaitDone(Duration timeout) {
        long deadline = startNanos + timeout.toNanos();
        while (!Files.exists(done)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("xterm did not finish scrolling 20000 lines within " + timeout
                    + "; alive " + xterm.isAlive() + ", stderr " + xterm.stderr());
            }
            sleep(Duration.ofMillis(10));
        }
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * The time of the workload without a SPICE client, as the yardstick for runs with one: a first run warms the
     * JIT, then the slower of two runs counts (this machine is shared, and a baseline caught in a quiet moment
     * would make the comparison flaky; failures to catch last 30 s, not a few hundred milliseconds more).
     * {@code beforeEachRun} puts the server in the state the measured run starts from (a full GC shrinks the heap,
     * and the next seconds of X work then pay for growing it again).
     */
    static Duration baseline(SumacProcess sumac, Runnable beforeEachRun) {
        timeAlone(sumac);
        beforeEachRun.run();
        Duration first = timeAlone(sumac);
        beforeEachRun.run();
        Duration second = timeAlone(sumac);
        return first.compareTo(second) >= 0 ? first : second;
    }

    /** Runs the workload on its own (xterm closed afterwards) and returns its time. */
    static Duration timeAlone(SumacProcess sumac) {
        try (ScrollWorkload w = start(sumac)) {
            return w.awaitDone(Duration.ofSeconds(60));
        }
    }

    @Override
    public void close() {
        xterm.close();
    }

    /**
     * Waits until the client's picture equals xwd -root on a screen that stays the same (two xwd captures around
     * the client's shot agree); fails with the last difference after {@code timeout}.
     */
    static Duration awaitClientShowsScreen(SumacProcess sumac, LiveSpiceClient client, String label,
                                           Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        XwdImage root = XwdImage.captureRoot(sumac, label);
        while (true) {
            XwdImage shown = client.shot(label);
            XwdImage now = XwdImage.captureRoot(sumac, label);
            boolean stable = Arrays.equals(root.pixels(), now.pixels());
            if (stable && samePicture(now, shown)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                ImageComparison.assertSame(label + " (client still behind after " + timeout + ")", now, shown);
                throw new AssertionError(label + ": the X screen kept changing for " + timeout);
            }
            root = now;
            sleep(Duration.ofMillis(200));
        }
    }

    /** Equal in the 24 colour bits (a cheap check: {@link ImageComparison} writes PNGs on every difference). */
    private static boolean samePicture(XwdImage a, XwdImage b) {
        if (a.width() != b.width() || a.height() != b.height()) return false;
        int[] pa = a.pixels(), pb = b.pixels();
        for (int i = 0; i < pa.length; i++) {
            if (((pa[i] ^ pb[i]) & ImageComparison.DEPTH24_MASK) != 0) return false;
        }
        return true;
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
