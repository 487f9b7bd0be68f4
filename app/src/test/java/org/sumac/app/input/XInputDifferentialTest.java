package org.sumac.app.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * XInputExtension against Xvfb: {@code xinput list} and {@code xinput list --long}, then {@code xinput test-xi2 --root},
 * {@code xev -root} and {@code xev} on its own window for one scripted sequence of XTEST motion (absolute and
 * relative), a key, a click, wheel steps up, down and sideways, a drag with Shift held and a warp print the same on
 * both servers, window ids, times and the input source's name aside (the input source itself is another device:
 * Xvfb's three-button mouse, the SPICE client's wheel pointer, so its long listing is left out); so do a passive XI2
 * grab and XI2 selections beside core ones.
 */
class XInputDifferentialTest {
    private static final String SEQUENCE = """
        import sys, time
        from Xlib import display, X
        from Xlib.ext import xtest
        d = display.Display(sys.argv[1])
        def f(*a, **k):
            xtest.fake_input(d, *a, **k); d.sync(); time.sleep(0.1)
        f(X.MotionNotify, x=200, y=150)
        f(X.MotionNotify, detail=1, x=5, y=-3)
        f(X.KeyPress, 38); f(X.KeyRelease, 38)
        f(X.ButtonPress, 1); f(X.ButtonRelease, 1)
        f(X.ButtonPress, 5); f(X.ButtonRelease, 5)
        f(X.ButtonPress, 4); f(X.ButtonRelease, 4)
        f(X.ButtonPress, 6); f(X.ButtonRelease, 6)
        f(X.KeyPress, 50); f(X.ButtonPress, 1); f(X.MotionNotify, x=120, y=90); f(X.ButtonRelease, 1); f(X.KeyRelease, 50)
        d.warp_pointer(10, 10); d.sync(); time.sleep(0.1)
        """;

    /** A passive XI2 button grab on the root, the same grab refused to a second client, then a click. */
    private static final String PASSIVE_GRAB = """
        import sys, time
        from Xlib import display, X
        from Xlib.ext import xinput, xtest
        d = display.Display(sys.argv[1]); root = d.screen().root
        r = xinput.passive_grab_device(root, xinput.AllMasterDevices, X.CurrentTime, 1, xinput.GrabtypeButton,
            X.GrabModeAsync, X.GrabModeAsync, False, xinput.ButtonPressMask | xinput.ButtonReleaseMask,
            [xinput.AnyModifier, 0x2])
        print('failed', r.modifiers)
        d2 = display.Display(sys.argv[1]); root2 = d2.screen().root
        r2 = xinput.passive_grab_device(root2, xinput.AllMasterDevices, X.CurrentTime, 1, xinput.GrabtypeButton,
            X.GrabModeAsync, X.GrabModeAsync, False, xinput.ButtonPressMask, [0x2])
        print('failed', r2.modifiers)
        xtest.fake_input(d2, X.ButtonPress, 1); xtest.fake_input(d2, X.ButtonRelease, 1); d2.sync()
        time.sleep(0.3)
        while d.pending_events():
            e = d.next_event()
            print(e.type, e.evtype, e.data.deviceid, e.data.sourceid, e.data.detail, e.data.event == root.id)
        """;

    /**
     * One window, core button and key events selected by one client, XI2 button and motion events by another: the
     * XI2 selection takes the events (Xorg delivers XI2 first at each window), the core client gets none.
     */
    private static final String XI2_OVER_CORE = """
        import sys, time
        from Xlib import display, X
        from Xlib.ext import xinput, xtest
        a = display.Display(sys.argv[1]); b = display.Display(sys.argv[1])
        ra = a.screen().root; rb = b.screen().root
        w = ra.create_window(0, 0, 300, 300, 0, a.screen().root_depth, event_mask=X.ButtonPressMask | X.ButtonReleaseMask | X.KeyPressMask)
        w.map(); a.sync(); time.sleep(0.3)
        wb = b.create_resource_object('window', w.id)
        wb.xinput_select_events([(xinput.AllMasterDevices, xinput.ButtonPressMask | xinput.ButtonReleaseMask | xinput.MotionMask)])
        b.sync()
        xtest.fake_input(b, X.MotionNotify, x=50, y=50); xtest.fake_input(b, X.ButtonPress, 1); xtest.fake_input(b, X.ButtonRelease, 1)
        xtest.fake_input(b, X.MotionNotify, x=60, y=55); b.sync(); time.sleep(0.3)
        print('core A:', [e.type for e in iter(lambda: a.next_event() if a.pending_events() else None, None)])
        out = []
        while b.pending_events():
            e = b.next_event(); out.append((e.evtype, e.data.deviceid, e.data.sourceid, e.data.detail, int(e.data.event_x), int(e.data.event_y)))
        print('xi2 B:', out)
        """;

    @TempDir Path dir;

    @Test
    void xinputListTestXi2AndXevPrintWhatXvfbPrints() throws Exception {
        SumacProcess.assumeAvailable();
        Path script = dir.resolve("sequence.py");
        Files.writeString(script, SEQUENCE);
        Files.writeString(dir.resolve("grab.py"), PASSIVE_GRAB);
        Files.writeString(dir.resolve("mixed.py"), XI2_OVER_CORE);
        String[] xvfb, sumac;
        try (XServerProcess x = XvfbProcess.start(1280, 1024)) {
            xvfb = run(x.display(), script);
        }
        try (XServerProcess s = SumacProcess.start(1280, 1024)) {
            sumac = run(s.display(), script);
        }
        assertEquals(xvfb[0], sumac[0], "xinput list");
        assertEquals(xvfb[5], sumac[5], "xinput list --long");
        assertEquals(xvfb[6], sumac[6], "xev on its window");
        assertEquals(xvfb[1], sumac[1], "xinput test-xi2 --root");
        assertEquals(xvfb[2], sumac[2], "xev -root");
        assertEquals(xvfb[3], sumac[3], "a passive XI2 button grab");
        assertEquals(xvfb[4], sumac[4], "XI2 and core selections on one window");
    }

    /** The three outputs, normalized: window ids, times and serials out, the input source's device names out. */
    private String[] run(String display, Path script) throws IOException, InterruptedException {
        String list = sh(display, "xinput list");
        String xi2 = sh(display, "(timeout 5 xinput test-xi2 --root > " + dir.resolve("xi2.txt") + " 2>&1 &); sleep 0.8; "
            + "/usr/bin/python3 " + script + " $DISPLAY; sleep 2.5; cat " + dir.resolve("xi2.txt"));
        String xev = sh(display, "(timeout 5 xev -root > " + dir.resolve("xev.txt") + " 2>&1 &); sleep 0.8; "
            + "/usr/bin/python3 " + script + " $DISPLAY; sleep 2.5; cat " + dir.resolve("xev.txt"));
        String longList = sh(display, "xinput list --long");
        // The pointer starts at the screen's centre, outside xev's window, as Xvfb puts it back there at each reset
        // (Sumac leaves it where it was: the sequences before end at 130,100).
        String xevWindow = sh(display, "/usr/bin/python3 -c 'from Xlib import display, X; from Xlib.ext import xtest; "
            + "d = display.Display(); xtest.fake_input(d, X.MotionNotify, x=640, y=512); d.sync()'; "
            + "(timeout 5.5 xev -geometry 300x300+0+0 > " + dir.resolve("xevw.txt") + " 2>&1 &); sleep 1.2; "
            + "/usr/bin/python3 " + script + " $DISPLAY; sleep 2.5; cat " + dir.resolve("xevw.txt"));
        String grab = sh(display, "/usr/bin/python3 " + dir.resolve("grab.py") + " $DISPLAY");
        String mixed = sh(display, "/usr/bin/python3 " + dir.resolve("mixed.py") + " $DISPLAY");
        return new String[] {normalize(list), normalize(xi2), normalize(xev), grab, mixed,
            withoutSourcePointer(normalize(longList)), fromFirstInput(normalize(xevWindow))};
    }

    /** The long listing without the input source's pointer (from its line to the next device's). */
    private static String withoutSourcePointer(String s) {
        return s.replaceAll("(?s)⎜   ↳ SOURCE POINTER .*?(?=\\n⎣)", "");
    }

    /**
     * xev's output from the pointer's entry on: the window's mapping before is core window management (where Sumac
     * sends VisibilityNotify after the Expose events, Xorg before: see WindowTree.visibility).
     */
    private static String fromFirstInput(String s) {
        int i = s.indexOf("EnterNotify event");
        return i < 0 ? s : s.substring(i);
    }

    private static String normalize(String s) {
        return s.replaceAll("0x[0-9a-f]+", "W").replaceAll("time [0-9]+", "time T").replaceAll("serial [0-9]+", "serial S")
            // KeymapNotify's first byte is not on the wire: Xlib leaves it unset.
            .replaceAll("keys:  [0-9]+ +", "keys:  K ")
            .replaceAll("(Xvfb|SPICE) (mouse|pointer)", "SOURCE POINTER").replaceAll("(Xvfb|SPICE) keyboard", "SOURCE KEYBOARD")
            .replaceAll("(SOURCE [A-Z]+) +", "$1 ");
    }

    private static String sh(String display, String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(20, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }
}
