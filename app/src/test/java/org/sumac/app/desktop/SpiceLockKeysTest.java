package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * Caps, Num and Scroll Lock stay in step between spice-gtk and the X server. X to client: `xdotool key
 * Caps_Lock` (and Num_Lock, Scroll_Lock) on the display change spice-gtk's key-modifiers. Client to X: spice-gtk
 * sending its lock keys changes the LED mask `xset q` shows, and the client hears the result once. Scroll_Lock
 * behaves as on Xvfb: it lights nothing until `xmodmap -e 'add mod3 = Scroll_Lock'` gives it a modifier.
 */
@Timeout(180)
class SpiceLockKeysTest {
    /** spice-gtk's SpiceInputsLock bits. */
    private static final int SCROLL = 1, NUM = 2, CAPS = 4;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern LED_MASK = Pattern.compile("LED mask:\\s+([0-9a-fA-F]+)");

    @Test
    void lockKeysFollowEachOtherBothWays() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeSpiceGtkFromPython();
        SpiceClientSupport.assumeInstalled("xdotool", "xset", "xmodmap");
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            client.awaitModifiers(0, WAIT);
            assertEquals(0, ledMask(sumac));

            // X to client.
            key(sumac, "Caps_Lock");
            client.awaitModifiers(CAPS, WAIT);
            assertEquals(1, ledMask(sumac));
            key(sumac, "Num_Lock");
            client.awaitModifiers(CAPS | NUM, WAIT);
            assertEquals(3, ledMask(sumac));
            int messages = client.modifiersMessages();
            key(sumac, "Scroll_Lock");
            assertEquals(3, ledMask(sumac), "Scroll_Lock with no modifier lights nothing (Xvfb does the same)");
            client.drain(Duration.ofMillis(500));
            assertEquals(messages, client.modifiersMessages(), "no change, no message");
            XClients.run(sumac, WAIT, "xmodmap", "-e", "add mod3 = Scroll_Lock").assertSuccess();
            key(sumac, "Scroll_Lock");
            client.awaitModifiers(CAPS | NUM | SCROLL, WAIT);
            assertEquals(7, ledMask(sumac));
            key(sumac, "Caps_Lock");
            client.awaitModifiers(NUM | SCROLL, WAIT);
            assertEquals(NUM | SCROLL, client.keyModifiers(), "the property itself");

            // Client to X.
            messages = client.modifiersMessages();
            client.setKeyLocks(CAPS);
            awaitLedMask(sumac, 1);
            client.awaitModifiers(CAPS, WAIT);
            client.drain(Duration.ofMillis(500));
            assertEquals(messages + 1, client.modifiersMessages(), "one answer with X's new state, no steps");
            client.setKeyLocks(CAPS);
            client.drain(Duration.ofMillis(500));
            assertEquals(messages + 1, client.modifiersMessages(), "X already matched: nothing sent back");
            assertEquals(1, ledMask(sumac));
            client.setKeyLocks(SCROLL | NUM | CAPS);
            awaitLedMask(sumac, 7);
            client.awaitModifiers(SCROLL | NUM | CAPS, WAIT);
            client.setKeyLocks(0);
            awaitLedMask(sumac, 0);
            client.awaitModifiers(0, WAIT);
            assertEquals(0, client.keyModifiers());
            sumac.assertAlive();
        }
    }

    /** The same lock keys, mappings and LED requests give Sumac the LED masks they give Xvfb. */
    @Test
    void ledMasksMatchXvfb() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("Xvfb", "xdotool", "xset", "xmodmap");
        List<List<String>> steps = List.of(List.of("xdotool", "key", "Caps_Lock"), List.of("xdotool", "key", "Num_Lock"),
            List.of("xdotool", "key", "Scroll_Lock"), List.of("xmodmap", "-e", "add mod3 = Scroll_Lock"),
            List.of("xdotool", "key", "Scroll_Lock"), List.of("xset", "led", "3"), List.of("xdotool", "key", "Scroll_Lock"),
            List.of("xset", "-led", "3"), List.of("xset", "led", "1"), List.of("xset", "led", "5"),
            List.of("xdotool", "key", "Scroll_Lock"), List.of("xset", "-led", "3"), List.of("xset", "led", "on"),
            List.of("xdotool", "key", "Caps_Lock"), List.of("xset", "led", "off"), List.of("xdotool", "key", "Scroll_Lock"),
            List.of("xdotool", "key", "Num_Lock"));
        List<String> onXvfb, onSumac;
        // -noreset: Xvfb would otherwise reset its keyboard each time the last client (one xdotool) leaves.
        try (XvfbProcess xvfb = XvfbProcess.start(320, 200, "-noreset")) {
            onXvfb = ledMasksAfter(xvfb, steps);
        }
        try (SumacProcess sumac = SumacProcess.start(320, 200, "--port", String.valueOf(SpiceClientSupport.freePort()),
                 "--addr", "127.0.0.1", "--disable-ticketing")) {
            onSumac = ledMasksAfter(sumac, steps);
            sumac.assertAlive();
        }
        assertEquals(onXvfb, onSumac);
        assertEquals("xdotool key Caps_Lock => 1", onXvfb.get(0), "the comparison sees LEDs at all");
    }

    private static List<String> ledMasksAfter(XServerProcess server, List<List<String>> steps) {
        List<String> masks = new ArrayList<>();
        for (List<String> step : steps) {
            XClients.run(server.display(), WAIT, step).assertSuccess();
            masks.add(String.join(" ", step) + " => " + Integer.toHexString(ledMask(server)));
        }
        return masks;
    }

    private static void key(SumacProcess sumac, String keysym) {
        XClients.run(sumac, WAIT, "xdotool", "key", keysym).assertSuccess();
    }

    /** The LED mask as `xset q` prints it (GetKeyboardControl). */
    private static int ledMask(XServerProcess sumac) {
        String out = XClients.run(sumac, WAIT, "xset", "q").assertSuccess().stdout();
        Matcher m = LED_MASK.matcher(out);
        if (!m.find()) throw new AssertionError("no LED mask in xset q:\n" + out);
        return Integer.parseUnsignedInt(m.group(1), 16);
    }

    private static void awaitLedMask(SumacProcess sumac, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int last;
        while ((last = ledMask(sumac)) != expected) {
            if (System.nanoTime() > deadline) throw new AssertionError("LED mask " + last + ", expected " + expected);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
