package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;

/**
 * Keys typed through spice-gtk's inputs channel reach a shell in an xterm on a Sumac desktop: every printable
 * ASCII character, Tab, BackSpace, Return, the arrow keys (E0-prefixed scancodes), Ctrl-D and Ctrl-C. The
 * pointer is moved into the xterm through the same channel (absolute, client mouse mode), which gives it focus.
 */
@Timeout(180)
class SpiceKeyboardTest {
    /** US layout, scan code set 1: the unshifted and shifted characters of each key. */
    private static final String[][] US_KEYS = {
        {"1234567890-=", "!@#$%^&*()_+"}, {"qwertyuiop[]", "QWERTYUIOP{}"}, {"asdfghjkl;'`", "ASDFGHJKL:\"~"},
        {"\\zxcvbnm,./", "|ZXCVBNM<>?"},
    };
    private static final int[] ROW_START = {0x02, 0x10, 0x1E, 0x2B};
    private static final int SHIFT = 0x2A, CTRL = 0x1D, SPACE = 0x39, RETURN = 0x1C, TAB = 0x0F, BACKSPACE = 0x0E;
    /** spice-gtk numbers E0-prefixed keys 0x100 | code. */
    private static final int UP = 0x148, DOWN = 0x150, RIGHT = 0x14D, LEFT = 0x14B;

    @Test
    void typedKeysReachTheShellInXterm() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xterm", "sh", "xwininfo");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path dir = TestOutput.dir("desktop").resolve("keyboard-" + System.nanoTime());
        Files.createDirectories(dir);
        Path ready = dir.resolve("ready"), typed = dir.resolve("typed"), interrupted = dir.resolve("interrupted");
        String shell = "touch '" + ready + "'; cat > '" + typed + ".tmp'; mv '" + typed + ".tmp' '" + typed + "'; "
            + "trap 'echo caught > \"" + interrupted + "\"; exit 0' INT; while :; do sleep 1; done";
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--password",
                 "typing");
             XClients.Running xterm = XClients.start(sumac, "xterm", "-title", "typing", "-geometry", "80x24+0+0", "-e", "sh", "-c",
                 shell);
             LiveSpiceClient client = LiveSpiceClient.connect(port, "typing")) {
            DesktopScreenTest.awaitWindow(sumac, "typing");
            String printable = printableAscii();
            StringJoiner events = new StringJoiner(" ");
            events.add("p:200:150").add("w:" + ready).add("s:500");
            for (char c : printable.toCharArray()) type(events, c);
            tap(events, RETURN);
            type(events, 'a'); type(events, 'b'); tap(events, TAB); type(events, 'c'); tap(events, RETURN);
            type(events, 'x'); type(events, 'y'); tap(events, BACKSPACE); type(events, 'z'); tap(events, RETURN);
            tap(events, UP); tap(events, DOWN); tap(events, RIGHT); tap(events, LEFT); tap(events, RETURN);
            withCtrl(events, 0x20); // Ctrl-D: end of input for cat
            events.add("w:" + typed);
            withCtrl(events, 0x2E); // Ctrl-C: SIGINT to the shell
            client.input(events.toString(), Duration.ofSeconds(90));
            awaitFile(interrupted, Duration.ofSeconds(20));
            String expected = printable + "\n" + "ab\tc\n" + "xz\n" + "\u001b[A\u001b[B\u001b[C\u001b[D\n";
            assertEquals(expected, Files.readString(typed, StandardCharsets.ISO_8859_1));
            assertEquals("caught\n", Files.readString(interrupted, StandardCharsets.ISO_8859_1));
            sumac.assertAlive();
        }
    }

    static String printableAscii() {
        StringBuilder sb = new StringBuilder();
        for (char c = 0x20; c < 0x7F; c++) sb.append(c);
        return sb.toString();
    }

    /** Adds the key presses that type {@code c} on a US keyboard. */
    static void type(StringJoiner events, char c) {
        if (c == ' ') {
            tap(events, SPACE);
            return;
        }
        for (int row = 0; row < US_KEYS.length; row++) {
            int plain = US_KEYS[row][0].indexOf(c), shifted = US_KEYS[row][1].indexOf(c);
            int code = ROW_START[row] + (plain >= 0 ? plain : shifted);
            // ` and ' sit after ; on the home row but have their own codes.
            if (row == 2 && (plain == 11 || shifted == 11)) code = 0x29;
            if (plain >= 0) {
                tap(events, code);
                return;
            }
            if (shifted >= 0) {
                events.add(down(SHIFT));
                tap(events, code);
                events.add(up(SHIFT));
                return;
            }
        }
        throw new IllegalArgumentException("no US key for " + c);
    }

    private static void withCtrl(StringJoiner events, int code) {
        events.add(down(CTRL));
        tap(events, code);
        events.add(up(CTRL));
    }

    private static void tap(StringJoiner events, int code) {
        events.add(down(code)).add(up(code));
    }

    private static String down(int code) {
        return "d:" + Integer.toHexString(code);
    }

    private static String up(int code) {
        return "u:" + Integer.toHexString(code);
    }

    private static void awaitFile(Path file, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) Thread.sleep(50);
        if (!Files.exists(file)) throw new AssertionError("the shell never wrote " + file);
    }
}
