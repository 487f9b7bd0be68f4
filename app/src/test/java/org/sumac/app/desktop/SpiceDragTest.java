package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;

/** Through spice-gtk's inputs channel, dragging a twm title bar moves the window. */
@Timeout(120)
class SpiceDragTest {
    private static final String TWMRC = DesktopScreenTest.TWMRC + """
        NoGrabServer
        MoveDelta 1
        Button1 = : title : f.move
        """;

    @Test
    void draggingTheTitleBarMovesTheWindow() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("twm", "xlogo", "xwininfo");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path twmrc = TestOutput.dir("desktop").resolve("drag.twmrc");
        Files.writeString(twmrc, TWMRC);
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             XClients.Running twm = XClients.start(sumac, "env", "LC_ALL=C", "twm", "-f", twmrc.toString());
             XClients.Running xlogo = XClients.start(sumac, "xlogo", "-geometry", "150x150+100+120");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            DesktopScreenTest.awaitWindow(sumac, "xlogo");
            Thread.sleep(500); // twm finishes framing
            int[] before = position(sumac);
            int grabX = before[0] + 40, grabY = before[1] - 8; // inside the title bar above the client area
            StringJoiner events = new StringJoiner(" ");
            events.add("p:" + grabX + ":" + grabY).add("s:200").add("b:1:1").add("s:100");
            for (int step = 1; step <= 10; step++) {
                events.add("p:" + (grabX + step * 15) + ":" + (grabY + step * 8)).add("s:30");
            }
            events.add("s:200").add("r:1:0").add("s:300");
            client.input(events.toString(), Duration.ofSeconds(30));
            int[] after = position(sumac);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while ((after[0] == before[0] && after[1] == before[1]) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                after = position(sumac);
            }
            assertEquals(before[0] + 150, after[0], "x after the drag");
            assertEquals(before[1] + 80, after[1], "y after the drag");
            sumac.assertAlive();
        }
    }

    /** Absolute position of the xlogo client window. */
    private static int[] position(SumacProcess sumac) {
        String info = XClients.run(sumac, Duration.ofSeconds(10), "xwininfo", "-name", "xlogo").assertSuccess().stdout();
        Matcher x = Pattern.compile("Absolute upper-left X:\\s+(-?\\d+)").matcher(info);
        Matcher y = Pattern.compile("Absolute upper-left Y:\\s+(-?\\d+)").matcher(info);
        if (!x.find() || !y.find()) throw new AssertionError("xwininfo output: " + info);
        return new int[] {Integer.parseInt(x.group(1)), Integer.parseInt(y.group(1))};
    }
}
