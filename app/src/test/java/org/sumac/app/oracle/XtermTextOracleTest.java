package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;
import org.sumac.app.testing.XwdImage;

/**
 * Acceptance 3 of issue 2, real-client part: xterm showing a line of text in its default font
 * {@code fixed}, captured once its window has settled, is identical on Xvfb and on Sumac (1024x768, so the
 * pointer, at the screen centre, is outside the xterm and its cursor is drawn unfocused on both).
 */
class XtermTextOracleTest {
    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void xtermTextInFixedIsIdentical() {
        SumacProcess.assumeAvailable();
        XwdImage expected;
        try (XvfbProcess xvfb = XvfbProcess.start(WIDTH, HEIGHT)) {
            expected = settledXterm(xvfb);
        }
        XwdImage actual;
        try (SumacProcess sumac = SumacProcess.start(WIDTH, HEIGHT)) {
            actual = settledXterm(sumac);
        }
        ImageComparison.assertSame("xterm-fixed", expected, actual);
    }

    /** Starts the xterm and returns the first of two consecutive equal captures showing it. */
    static XwdImage settledXterm(XServerProcess server) {
        try (XClients.Running xterm = XClients.start(server, "xterm", "-geometry", "80x24+0+0", "-e", "sh", "-c",
                "printf 'The quick brown fox 0123\\n'; sleep 30")) {
            long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
            XwdImage previous = null;
            while (System.nanoTime() < deadline) {
                if (!xterm.isAlive()) {
                    throw new AssertionError("xterm exited on " + server + ": " + xterm.stderr() + "\nserver log:\n"
                            + server.logTail());
                }
                XwdImage current = XwdImage.captureRoot(server, "xterm");
                if (previous != null && showsText(current) && Arrays.equals(masked(previous), masked(current))) {
                    return current;
                }
                previous = current;
                sleepMillis(400);
            }
            throw new AssertionError("xterm on " + server + " did not settle with text within " + SETTLE_TIMEOUT);
        }
    }

    /** True when the xterm's text area holds both its background and glyph pixels. */
    private static boolean showsText(XwdImage image) {
        long distinct = 0;
        int first = image.pixel(10, 8) & ImageComparison.DEPTH24_MASK;
        for (int x = 2; x < 200; x++) {
            if ((image.pixel(x, 8) & ImageComparison.DEPTH24_MASK) != first) {
                distinct++;
            }
        }
        return distinct > 10;
    }

    private static int[] masked(XwdImage image) {
        return Arrays.stream(image.pixels()).map(p -> p & ImageComparison.DEPTH24_MASK).toArray();
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Xvfb half alone, so the harness is proven while Sumac's main is missing. */
    @Test
    void xtermSettlesOnXvfb() {
        try (XvfbProcess xvfb = XvfbProcess.start(WIDTH, HEIGHT)) {
            XwdImage image = settledXterm(xvfb);
            ImageComparison.writePng("xterm-xvfb", image);
            assertTrue(showsText(image));
        }
    }
}
