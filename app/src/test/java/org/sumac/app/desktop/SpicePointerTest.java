package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;

/**
 * Server mouse mode: relative motion from spice-gtk moves the X pointer and the client's cursor, and an X client's
 * WarpPointer moves the client's cursor. Client mode: absolute positions land where sent.
 */
@Timeout(120)
class SpicePointerTest {
    private static final String QUERY = "from Xlib import display; d = display.Display(); "
        + "p = d.screen().root.query_pointer(); print(p.root_x, p.root_y)";

    @Test
    void pointerFollowsBothMouseModesAndWarps() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeSpiceGtkFromPython();
        SpiceClientSupport.Result xlib = SpiceClientSupport.run(java.util.List.of("/usr/bin/python3", "-c",
            "import Xlib.display"), Duration.ofSeconds(20));
        org.junit.jupiter.api.Assumptions.assumeTrue(xlib.exitCode() == 0, "python3-xlib is not installed");
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            client.input("p:123:77", Duration.ofSeconds(10));
            assertEquals("123 77", pointer(sumac), "client mode: absolute position");
            client.mouseMode(1);
            XClients.run(sumac, Duration.ofSeconds(20), "/usr/bin/python3", "-c",
                "from Xlib import display; d = display.Display(); d.screen().root.warp_pointer(300, 200); d.sync()")
                .assertSuccess();
            client.awaitSeen("MOVE 300 200", Duration.ofSeconds(10));
            client.input("m:10:-5 m:7:3", Duration.ofSeconds(10));
            client.awaitSeen("MOVE 317 198", Duration.ofSeconds(10));
            assertEquals("317 198", pointer(sumac), "server mode: relative motion");
            sumac.assertAlive();
        }
    }

    private static String pointer(SumacProcess sumac) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String last;
        do {
            last = XClients.run(sumac, Duration.ofSeconds(20), "/usr/bin/python3", "-c", QUERY).assertSuccess()
                .stdout().trim();
            if (System.nanoTime() > deadline) return last;
        } while (last.isEmpty());
        return last;
    }
}
