package org.sumac.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Proves the test support against the reference server, so harness bugs are not blamed on Sumac. */
class TestingSupportTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void xvfbStartsCapturesAndStops() {
        XvfbProcess xvfb = XvfbProcess.start(320, 200);
        try (xvfb) {
            assertTrue(Files.exists(xvfb.socketPath()));
            assertTrue(xvfb.residentMemoryKb() > 1000, "Xvfb resident memory should be megabytes");
            XwdImage black = XwdImage.captureRoot(xvfb, "support-black");
            assertEquals(320, black.width());
            assertEquals(200, black.height());
            assertEquals(24, black.depth());
            assertEquals(0, black.pixel(17, 33) & ImageComparison.DEPTH24_MASK, "Xvfb's root is black");

            XwdImage blue;
            // a connected client keeps Xvfb from resetting (and repainting the root) after xsetroot exits
            try (XClients.Running holder = XClients.start(xvfb, "xprop", "-root", "-spy")) {
                holder.awaitStdout("_XKB_RULES_NAMES", TIMEOUT); // Xvfb's root property: xprop is connected
                XClients.run(xvfb, TIMEOUT, "xsetroot", "-solid", "#123456").assertSuccess();
                blue = XwdImage.captureRoot(xvfb, "support-solid");
            }
            assertEquals(0x123456, blue.pixel(319, 199) & ImageComparison.DEPTH24_MASK);

            ImageComparison.Outcome same = ImageComparison.compare("support-same", blue, blue, 0xFFFFFF);
            assertTrue(same.identical(), same.report());
            ImageComparison.Outcome differ = ImageComparison.compare("support-differ", black, blue, 0xFFFFFF);
            assertFalse(differ.identical());
            assertEquals(320L * 200, differ.differingPixels());
            assertEquals(new ImageComparison.Difference(0, 0, 0, 0x123456), differ.first().getFirst());
            assertTrue(Files.exists(differ.diffImage()));
        }
        assertFalse(xvfb.isAlive());
        assertTrue(DisplayNumbers.isFree(xvfb.displayNumber()), "Xvfb removes its lock and socket");
    }

    @Test
    void rawConnectionSpeaksBothByteOrders() {
        // -noreset: otherwise Xvfb resets when the first connection closes and may refuse the second
        try (XvfbProcess xvfb = XvfbProcess.start(320, 200, "-noreset")) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                try (RawXConnection x = RawXConnection.connect(xvfb.socketPath(), order, TIMEOUT)) {
                    assertEquals(11, x.setup().majorVersion());
                    assertEquals(320, x.setup().widthInPixels());
                    assertEquals(24, x.setup().rootDepth());
                    x.roundTrip();
                    // DestroyWindow of an id nobody owns: BadWindow (3) carrying that id
                    int seq = x.request(4, 0, x.body().putInt(0x00badbad).bytes());
                    RawXConnection.Message error = x.expectError(3, seq);
                    assertEquals(0x00badbad, error.badValue());
                    assertEquals(4, error.majorOpcode());
                    x.roundTrip();
                }
            }
        }
    }

    @Test
    void clientTimeoutKillsAHangingClient() {
        try (XvfbProcess xvfb = XvfbProcess.start(64, 64)) {
            XClients.Result r = XClients.run(xvfb, Duration.ofMillis(500), "sleep", "30");
            assertTrue(r.timedOut());
            XClients.Result ok = XClients.run(xvfb, TIMEOUT, "sh", "-c", "echo $DISPLAY");
            assertEquals(xvfb.display(), ok.assertSuccess().stdout().strip());
        }
    }
}
