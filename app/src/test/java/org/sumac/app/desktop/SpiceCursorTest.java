package org.sumac.app.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;

/** The X cursor under the pointer reaches spice-gtk's cursor channel with its size, hot spot and pixels. */
@Timeout(120)
class SpiceCursorTest {
    /** 10x7, hot spot (3, 2); rows of two bytes, least significant bit first. */
    private static final String XBM = """
        #define c_width 10
        #define c_height 7
        #define c_x_hot 3
        #define c_y_hot 2
        static unsigned char c_bits[] = {
           0xff, 0x03, 0x01, 0x02, 0x01, 0x02, 0x31, 0x02, 0x01, 0x02, 0x01, 0x02, 0xff, 0x03};
        """;

    @Test
    void rootCursorSetByXsetrootReachesTheClient() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xsetroot");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path dir = TestOutput.dir("desktop");
        Path bits = dir.resolve("cursor.xbm");
        Files.writeString(bits, XBM);
        int opaque = 0;
        for (String hex : XBM.substring(XBM.indexOf('{') + 1, XBM.indexOf('}')).split(",")) {
            opaque += Integer.bitCount(Integer.parseInt(hex.trim().substring(2), 16));
        }
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            // Before: the server's default root cursor (16x16, hot spot in the middle).
            client.awaitCursor("16 16 7 7 " + defaultOpaque(), Duration.ofSeconds(10));
            // The bitmap is its own mask: every set bit is an opaque pixel.
            XClients.run(sumac, Duration.ofSeconds(20), "xsetroot", "-cursor", bits.toString(), bits.toString())
                .assertSuccess();
            client.awaitCursor("10 7 3 2 " + opaque, Duration.ofSeconds(10));
            sumac.assertAlive();
        }
    }

    /**
     * xsetroot frees its cursor right after defining it; the root keeps showing it. Leaving for an xterm (its own
     * cursor) and coming back must show the root's cursor again.
     */
    @Test
    void freedRootCursorComesBackAfterVisitingAnotherWindow() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xsetroot", "xterm", "xwininfo");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path bits = TestOutput.dir("desktop").resolve("cursor2.xbm");
        Files.writeString(bits, XBM);
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1");
             XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "40x10+300+200");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            DesktopScreenTest.awaitWindow(sumac, "xterm");
            client.input("p:10:10", Duration.ofSeconds(10));
            XClients.run(sumac, Duration.ofSeconds(20), "xsetroot", "-cursor", bits.toString(), bits.toString())
                .assertSuccess();
            String rootCursor = "10 7 3 2 " + opaque();
            client.awaitCursor(rootCursor, Duration.ofSeconds(10));
            client.input("p:350:250", Duration.ofSeconds(10));
            client.awaitCursorChange(rootCursor, Duration.ofSeconds(10));
            client.input("p:10:10", Duration.ofSeconds(10));
            client.awaitCursor(rootCursor, Duration.ofSeconds(10));
            sumac.assertAlive();
        }
    }

    private static int opaque() {
        int opaque = 0;
        for (String hex : XBM.substring(XBM.indexOf('{') + 1, XBM.indexOf('}')).split(",")) {
            opaque += Integer.bitCount(Integer.parseInt(hex.trim().substring(2), 16));
        }
        return opaque;
    }

    /** Opaque pixels of the default cursor: the X and its one-pixel white outline. */
    private static int defaultOpaque() {
        int n = 0;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                if (Math.min(Math.abs(x - y), Math.abs(x - (15 - y))) <= 2) n++;
            }
        }
        return n;
    }
}
