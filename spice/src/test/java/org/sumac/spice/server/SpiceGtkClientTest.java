package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.cursor.CursorShape;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.demo.TestPattern;

/**
 * Acceptance 2: spice-gtk driven through GObject introspection opens main, display, inputs and cursor; its keys,
 * pointer and buttons reach the input sink with the right values; the server's cursor shape and lock LEDs reach
 * the client.
 */
@Timeout(60)
class SpiceGtkClientTest {
    /** Records every sink call as text, in arrival order. */
    static final class RecordingSink implements InputSink {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override public void keyPressed(int code) { events.add("down " + Integer.toHexString(code)); }
        @Override public void keyReleased(int code) { events.add("up " + Integer.toHexString(code)); }
        @Override public void keyboardLocks(int locks) { events.add("locks " + locks); }
        @Override public void mouseMoved(int dx, int dy, int mask) { events.add("move " + dx + " " + dy + " " + mask); }
        @Override public void mousePositioned(int x, int y, int mask, int display) {
            events.add("pos " + x + " " + y + " " + mask + " " + display);
        }
        @Override public void mouseButtonPressed(int button, int mask) { events.add("press " + button + " " + mask); }
        @Override public void mouseButtonReleased(int button, int mask) { events.add("release " + button + " " + mask); }
        @Override public void mouseModeChanged(int mode) { events.add("mode " + mode); }
    }

    static List<String> expectedEvents() {
        List<String> e = new ArrayList<>(List.of(
                "down 1e", "up 1e", "down 2", "up 2",
                "down 2a", "down 2", "up 2", "up 2a",
                "down e048", "up e048", "down e01d", "up e01d", "down e01c", "up e01c",
                "down 2c", "up 2c",
                "locks 4"));
        for (int k = 0; k < 10; k++) e.add("pos " + (100 + k) + " " + (50 + 2 * k) + " 0 0");
        e.addAll(List.of("press 1 1", "release 1 0", "press 3 4", "release 3 0", "press 4 8", "release 4 0",
                "mode 1"));
        for (int k = 0; k < 10; k++) e.add("move 3 -2 0");
        return e;
    }

    @Test
    void spiceGtkOpensAllChannelsAndDeliversInput() throws Exception {
        int port = SpiceTestSupport.freePort();
        FramebufferScreen screen = new FramebufferScreen(640, 480);
        TestPattern.paint(screen);
        RecordingSink sink = new RecordingSink();
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing().build();
        Path script = SpiceTestSupport.resourceFile("spice_gi_client.py");
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.setInputSink(sink);
            int[] argb = new int[24 * 20];
            for (int i = 0; i < argb.length; i++) argb[i] = 0xFF000000 | i * 997;
            server.cursor().setShape(new CursorShape(24, 20, 5, 7, argb));
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port), "input"))) {
                String ready = client.await("READY", Duration.ofSeconds(20));
                assertEquals("READY 24 20 5 7", ready, "cursor shape seen by the client");
                // A new shape (CURSOR_SET) and hiding (CURSOR_HIDE) reach the client.
                int[] other = new int[32 * 32];
                java.util.Arrays.fill(other, 0xFF00FF00);
                server.cursor().setShape(new CursorShape(32, 32, 1, 2, other));
                assertEquals("CURSOR 32 32 1 2", client.await("CURSOR", Duration.ofSeconds(10)));
                server.cursor().hide();
                assertEquals("CURSOR HIDDEN", client.await("CURSOR", Duration.ofSeconds(10)));
                server.setKeyboardLocks(InputSink.LOCK_NUM);
                client.await("LOCKS 2", Duration.ofSeconds(10));
                client.await("SENT", Duration.ofSeconds(20));
                List<String> expected = expectedEvents();
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (filtered(sink.events).size() < expected.size() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertEquals(expected, filtered(sink.events));
                assertEquals(0, client.waitFor(Duration.ofSeconds(10)), "client exit; stderr: " + client.stderr());
            }
        }
    }

    /** spice-gtk reports its own lock state when the inputs channel opens; only the scripted change counts. */
    private static List<String> filtered(List<String> events) {
        List<String> out = new ArrayList<>();
        for (String e : events) {
            if (e.startsWith("locks ") && !e.equals("locks 4")) continue;
            out.add(e);
        }
        return out;
    }
}
