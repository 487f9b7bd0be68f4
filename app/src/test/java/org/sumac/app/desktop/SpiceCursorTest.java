package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
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
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
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

    /**
     * A window keeps the cursor it shows after FreeCursor, even when a later client gets the freed id for a cursor
     * of its own: python-xlib clients that run one after another reuse the same client slot and allocate the same
     * ids, so the second one's cursor has the first one's id. The root must keep showing the first.
     */
    @Test
    void aFreedCursorIdReusedByAnotherClientDoesNotChangeTheWindowsCursor() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xterm");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path dir = TestOutput.dir("desktop");
        Path define = dir.resolve("define_freed_cursor.py");
        Files.writeString(define, """
            from Xlib import display
            d = display.Display()
            font = d.open_font('cursor')
            cursor = font.create_glyph_cursor(font, 150, 151, (0, 0, 0), (65535, 65535, 65535))  # watch
            d.screen().root.change_attributes(cursor=cursor)
            cursor.free()
            font.close()
            print(cursor.id, flush=True)
            d.close()
            """);
        Path other = dir.resolve("create_other_cursor.py");
        Files.writeString(other, """
            import time
            from Xlib import display
            d = display.Display()
            font = d.open_font('cursor')
            cursor = font.create_glyph_cursor(font, 88, 89, (0, 0, 0), (65535, 65535, 65535))  # pirate
            d.sync()
            print(cursor.id, flush=True)
            time.sleep(60)
            """);
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "40x10+300+200");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            DesktopScreenTest.awaitWindow(sumac, "xterm");
            client.input("p:10:10", Duration.ofSeconds(10));
            client.awaitCursor("16 16 7 7 " + defaultOpaque(), Duration.ofSeconds(10));
            XClients.Result first = XClients.run(sumac, Duration.ofSeconds(20), "/usr/bin/python3", define.toString());
            first.assertSuccess();
            client.awaitCursorChange("16 16 7 7 " + defaultOpaque(), Duration.ofSeconds(10));
            String watch = client.cursor();
            try (XClients.Running second = XClients.start(sumac, "/usr/bin/python3", other.toString())) {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (second.stdout().isBlank() && System.nanoTime() < deadline) Thread.sleep(50);
                assertEquals(first.stdout().strip(), second.stdout().strip(), "the second client's cursor got the freed id");
                client.input("p:350:250", Duration.ofSeconds(10));
                client.awaitCursorChange(watch, Duration.ofSeconds(10));
                client.input("p:10:10", Duration.ofSeconds(10));
                client.awaitCursor(watch, Duration.ofSeconds(10));
            }
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
