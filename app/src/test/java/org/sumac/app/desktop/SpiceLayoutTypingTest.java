package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;
import org.sumac.desktop.ScancodeMap;

/**
 * Issue 13, acceptance point 2: the layout chosen with setxkbmap decides the characters, as on a local machine. The
 * same keys (scan codes) are typed into an xterm on Sumac through a spice-gtk client, and on Xvfb through XTEST with
 * the X keycodes a real Xorg gives those keys (evdev: Linux code + 8); what the shell in the xterm reads must be the
 * same, and the layout's own characters must be among it (so a display that kept the US layout fails). The xterm runs
 * in a UTF-8 locale, so German and French letters arrive as they are.
 */
@Timeout(240)
class SpiceLayoutTypingTest {
    private static final int SHIFT = 0x2A, CTRL = 0x1D, RETURN = 0x1C, ALTGR = 0x138;
    /** The number row, the three letter rows (with the keys beside them), the space bar, and the ISO key left of Z. */
    private static final int[] KEYS = {
        0x29, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D,
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B,
        0x1E, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x2B,
        0x56, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x39,
    };
    /** AltGr with these keys: the third level (@, €, braces, brackets... on German and French keyboards). */
    private static final int[] ALTGR_KEYS = {0x03, 0x04, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x10, 0x12, 0x1B, 0x32, 0x56};

    @ParameterizedTest(name = "setxkbmap -layout {0} {1} {2}")
    @CsvSource({"de,,,ßzäö", "fr,oss,,aàéç", "'us,ru',,grp:alt_shift_toggle,aфыв"})
    void keysTypedThroughSpiceGiveTheCharactersXvfbGivesWithTheSameLayout(String layout, String variant, String option,
            String mustHave) throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xterm", "sh", "xwininfo", "setxkbmap");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path dir = TestOutput.dir("desktop").resolve("layout-" + layout + "-" + System.nanoTime());
        Files.createDirectories(dir);
        List<Integer> keys = option == null ? sequence() : groupSwitch();
        List<String> setxkbmap = new ArrayList<>(List.of("setxkbmap", "-layout", layout));
        if (variant != null) setxkbmap.addAll(List.of("-variant", variant));
        if (option != null) setxkbmap.addAll(List.of("-option", option));

        String onXvfb;
        try (XvfbProcess xvfb = XvfbProcess.start(800, 600, "-noreset")) {
            run(xvfb, setxkbmap);
            Path typed = dir.resolve("xvfb-typed");
            try (XClients.Running xterm = startXterm(xvfb, dir.resolve("xvfb-ready"), typed)) {
                awaitWindow(xvfb);
                typeWithXTest(xvfb, keys, dir.resolve("xvfb-ready"));
                onXvfb = awaitText(typed);
            }
        }
        String onSumac;
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--password", "typing",
                "-noreset")) {
            run(sumac, setxkbmap);
            Path ready = dir.resolve("sumac-ready"), typed = dir.resolve("sumac-typed");
            try (XClients.Running xterm = startXterm(sumac, ready, typed);
                 LiveSpiceClient client = LiveSpiceClient.connect(port, "typing")) {
                awaitWindow(sumac);
                StringJoiner events = new StringJoiner(" ");
                events.add("p:200:150").add("w:" + ready).add("s:500");
                for (int k : keys) events.add((k > 0 ? "d:" : "u:") + Integer.toHexString(Math.abs(k)));
                events.add("w:" + typed);
                client.input(events.toString(), Duration.ofSeconds(120));
                onSumac = awaitText(typed);
            }
            sumac.assertAlive();
        }
        for (char c : mustHave.toCharArray())
            assertTrue(onXvfb.indexOf(c) >= 0, "Xvfb typed " + c + " with layout " + layout + ": " + onXvfb);
        assertEquals(onXvfb, onSumac);
    }

    /**
     * The same keys typed into a GTK text view (mousepad, started on a file without a window manager: focus follows
     * the pointer), which GTK turns into characters from the XKB keymap it reads; Ctrl+S saves what arrived.
     */
    @ParameterizedTest(name = "mousepad, setxkbmap -layout {0} {1}")
    @CsvSource({"de,,ßzäö", "fr,oss,aàéç"})
    void keysTypedThroughSpiceReachAGtkTextViewAsOnXvfb(String layout, String variant, String mustHave) throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("mousepad", "dbus-run-session", "xwininfo", "setxkbmap");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path dir = TestOutput.dir("desktop").resolve("gtk-layout-" + layout + "-" + System.nanoTime());
        List<Integer> keys = new ArrayList<>();
        keys.add(CTRL); // to the end of the file first
        tap(keys, 0x14F);
        keys.add(-CTRL);
        List<Integer> rows = sequence();
        keys.addAll(rows.subList(0, rows.size() - 4)); // all but Ctrl-D
        keys.add(CTRL); // Ctrl+S: save
        tap(keys, 0x1F);
        keys.add(-CTRL);
        List<String> setxkbmap = new ArrayList<>(List.of("setxkbmap", "-layout", layout));
        if (variant != null) setxkbmap.addAll(List.of("-variant", variant));

        String onXvfb;
        try (XvfbProcess xvfb = XvfbProcess.start(800, 600, "-noreset")) {
            run(xvfb, setxkbmap);
            Path file = notes(dir.resolve("xvfb"));
            try (XClients.Running editor = startMousepad(xvfb, file)) {
                awaitMousepad(xvfb);
                typeWithXTest(xvfb, keys, file);
                onXvfb = awaitSaved(file);
            }
        }
        String onSumac;
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--password", "typing",
                "-noreset")) {
            run(sumac, setxkbmap);
            Path file = notes(dir.resolve("sumac"));
            try (XClients.Running editor = startMousepad(sumac, file);
                 LiveSpiceClient client = LiveSpiceClient.connect(port, "typing")) {
                awaitMousepad(sumac);
                StringJoiner events = new StringJoiner(" ");
                events.add("p:200:150").add("s:500");
                for (int k : keys) events.add((k > 0 ? "d:" : "u:") + Integer.toHexString(Math.abs(k)));
                client.input(events.toString(), Duration.ofSeconds(120));
                onSumac = awaitSaved(file);
            }
            sumac.assertAlive();
        }
        for (char c : mustHave.toCharArray())
            assertTrue(onXvfb.indexOf(c) >= 0, "Xvfb typed " + c + " with layout " + layout + ": " + onXvfb);
        assertEquals(onXvfb, onSumac);
    }

    private static Path notes(Path home) throws java.io.IOException {
        Files.createDirectories(home);
        Path file = home.resolve("notes.txt");
        Files.writeString(file, "start\n");
        return file;
    }

    private static XClients.Running startMousepad(XServerProcess server, Path file) {
        return XClients.start(server, "env", "HOME=" + file.getParent(), "LC_ALL=C.UTF-8", "dbus-run-session", "mousepad",
            file.toString());
    }

    private static void awaitMousepad(XServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result r = XClients.run(server, Duration.ofSeconds(10), "xwininfo", "-root", "-tree");
            if (r.succeeded() && r.stdout().contains("notes.txt - Mousepad")) {
                Thread.sleep(1500); // its text view takes input once drawn
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mousepad window on " + server);
    }

    /** The file once mousepad has saved it (changed, then unchanged for half a second). */
    private static String awaitSaved(Path file) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "start\n";
        while (System.nanoTime() < deadline) {
            String now = Files.readString(file, StandardCharsets.UTF_8);
            if (!now.equals("start\n") && now.equals(last)) return now;
            last = now;
            Thread.sleep(500);
        }
        throw new AssertionError("mousepad never saved " + file + ": " + last);
    }

    /** Presses (positive) and releases (negative) of spice-gtk scan codes: each key plain, with Shift, with AltGr. */
    private static List<Integer> sequence() {
        List<Integer> s = new ArrayList<>();
        for (int k : KEYS) tap(s, k);
        tap(s, RETURN);
        s.add(SHIFT);
        for (int k : KEYS) tap(s, k);
        s.add(-SHIFT);
        tap(s, RETURN);
        for (int k : ALTGR_KEYS) {
            s.add(ALTGR);
            tap(s, k);
            s.add(-ALTGR);
        }
        tap(s, RETURN);
        s.add(CTRL); // Ctrl-D: the end of cat's input
        tap(s, 0x20);
        s.add(-CTRL);
        return s;
    }

    /** a, then Alt+Shift (grp:alt_shift_toggle locks the second group: Russian), then a s d: "aфыв". */
    private static List<Integer> groupSwitch() {
        List<Integer> s = new ArrayList<>();
        tap(s, 0x1E);
        s.add(0x38);
        s.add(SHIFT);
        s.add(-SHIFT);
        s.add(-0x38);
        tap(s, 0x1E);
        tap(s, 0x1F);
        tap(s, 0x20);
        tap(s, RETURN);
        s.add(CTRL); // Ctrl-D in the Russian group: xterm still sends EOT (the key's first group gives d)
        tap(s, 0x20);
        s.add(-CTRL);
        return s;
    }

    private static void tap(List<Integer> s, int k) {
        s.add(k);
        s.add(-k);
    }

    private static void run(XServerProcess server, List<String> command) {
        XClients.Result r = XClients.run(server, Duration.ofSeconds(30), command.toArray(new String[0]));
        if (!r.succeeded()) throw new AssertionError(r.toString());
    }

    private static XClients.Running startXterm(XServerProcess server, Path ready, Path typed) {
        String shell = "touch '" + ready + "'; cat > '" + typed + ".tmp'; mv '" + typed + ".tmp' '" + typed + "'; "
            + "while :; do sleep 1; done";
        return XClients.start(server, "env", "LC_ALL=C.UTF-8", "xterm", "-u8", "-title", "typing", "-geometry",
            "80x24+0+0", "-e", "sh", "-c", shell);
    }

    /** On Xvfb: the pointer into the xterm, then each key as XTEST gives it, with the keycode Xorg's evdev gives it. */
    private static void typeWithXTest(XServerProcess server, List<Integer> keys, Path ready) throws InterruptedException {
        try (RawXConnection x = RawXConnection.connect(server.socketPath(), ByteOrder.LITTLE_ENDIAN, Duration.ofSeconds(30))) {
            byte[] name = "XTEST".getBytes(StandardCharsets.ISO_8859_1);
            x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes());
            int major = x.readReplyOrError().bytes()[9] & 0xff;
            fake(x, major, 6, 0, 200, 150);
            awaitFile(ready);
            Thread.sleep(500);
            for (int k : keys) {
                int code = Math.abs(k), scancode = code >= 0x100 ? 0xE000 | code & 0xff : code;
                fake(x, major, k > 0 ? 2 : 3, ScancodeMap.toX(scancode), 0, 0);
                x.roundTrip();
                Thread.sleep(15);
            }
        }
    }

    /** XTEST FakeInput: type 2 KeyPress, 3 KeyRelease, 6 MotionNotify (absolute, on the root). */
    private static void fake(RawXConnection x, int major, int type, int detail, int rootX, int rootY) {
        x.request(major, 2, x.body().put8(type).put8(detail).put16(0).putInt(0).putInt(0).putBytes(new byte[8])
            .put16(rootX).put16(rootY).putBytes(new byte[7]).put8(0).bytes());
    }

    private static void awaitWindow(XServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result r = XClients.run(server, Duration.ofSeconds(10), "xwininfo", "-name", "typing");
            if (r.succeeded() && r.stdout().contains("IsViewable")) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no viewable xterm on " + server);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) Thread.sleep(50);
        if (!Files.exists(file)) throw new AssertionError("the shell never wrote " + file);
    }

    private static String awaitText(Path file) throws Exception {
        awaitFile(file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
