package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;

/**
 * Pixels the client already shows are not sent again: xrefresh makes X repaint the whole root (a patterned
 * background, painted by X in the exposing request itself), which damages every pixel and changes none, and the
 * spice-gtk client gets next to nothing. The same root with another pattern, every pixel changed, is sent.
 * Bytes are counted by a proxy between client and server.
 */
@Timeout(120)
class SpiceUnchangedPixelsTest {
    /**
     * A repaint of the unchanged root may cost protocol chatter at most. Measured: 0 bytes; 972 with the comparison
     * switched off (the root's tiles again, most of them as pixmap-cache references).
     */
    private static final long UNCHANGED_MAX_BYTES = 100;
    /** Measured: a new 800x600 plaid root costs ~1.3 KB (LZ4 of a repeating pattern). */
    private static final long CHANGED_MIN_BYTES = 800;

    @Test
    void aRepaintOfUnchangedPixelsSendsNoImage() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xsetroot", "xrefresh");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing",
                 "-noreset"); // each xsetroot is the only client: a reset would undo its pattern
             ThrottlingProxy proxy = ThrottlingProxy.start(port, 0, Duration.ZERO);
             LiveSpiceClient client = LiveSpiceClient.connect(proxy.port(), null)) {
            XClients.run(sumac, Duration.ofSeconds(20), "xsetroot", "-mod", "5", "7", "-fg", "#336699", "-bg",
                "#eeddcc").assertSuccess();
            long quiet = awaitQuiet(proxy);

            XClients.run(sumac, Duration.ofSeconds(20), "xrefresh").assertSuccess();
            long afterRefresh = awaitQuiet(proxy);
            long unchanged = afterRefresh - quiet;

            XClients.run(sumac, Duration.ofSeconds(20), "xsetroot", "-mod", "3", "4", "-fg", "#993366", "-bg",
                "#ccddee").assertSuccess();
            long changed = awaitQuiet(proxy) - afterRefresh;
            System.out.printf("unchanged repaint: %d bytes to the client; changed root: %d bytes%n", unchanged, changed);
            assertTrue(unchanged <= UNCHANGED_MAX_BYTES, "xrefresh over an unchanged root sent " + unchanged + " bytes");
            assertTrue(changed >= CHANGED_MIN_BYTES, "a new root pattern sent only " + changed + " bytes");
            ScrollWorkload.awaitClientShowsScreen(sumac, client, "unchanged-pixels", Duration.ofSeconds(20));
            sumac.assertAlive();
        }
    }

    /** The bytes delivered once a second has passed without any (at most 20 s). */
    private static long awaitQuiet(ThrottlingProxy proxy) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long last = proxy.bytesToClient();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long now = proxy.bytesToClient();
            if (now == last) return now;
            last = now;
        }
        throw new AssertionError("the server never went quiet: " + last + " bytes so far");
    }
}
