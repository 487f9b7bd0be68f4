package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.app.testing.SumacProcess;

/**
 * Input from a spice-gtk client reaches XI2 clients as Xorg delivers a physical device's: from the SPICE slaves (6
 * and 7) through their masters, and a wheel step of the SPICE pointer (which has scroll valuators, as a wheel mouse
 * under xf86-input-libinput) as a motion of its vertical scroll valuator followed by the click it emulates, which is
 * how GTK 3 and 4 get smooth scrolling.
 */
@Timeout(120)
class SpiceXInputTest {
    @TempDir Path dir;

    @Test
    void spiceInputComesFromTheSpiceSlavesAndWheelStepsMoveTheScrollValuator() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeSpiceGtkFromPython();
        SpiceClientSupport.assumeInstalled("xinput");
        int port = SpiceClientSupport.freePort();
        Path log = dir.resolve("xi2.txt"), list = dir.resolve("list.txt");
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1",
                 "--disable-ticketing");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            client.input("p:100:100", Duration.ofSeconds(10));
            Process xinput = new ProcessBuilder("bash", "-c", "DISPLAY=" + sumac.display()
                + " xinput list --long > " + list + "; DISPLAY=" + sumac.display() + " exec xinput test-xi2 --root")
                .redirectOutput(log.toFile()).redirectErrorStream(true).start();
            try {
                // test-xi2 lists the devices, then selects: give it a moment after the listing.
                awaitLog(log, s -> s.contains("Virtual core keyboard"));
                Thread.sleep(500);
                // a (scancode 0x1e) typed, a left click, a wheel step down and one up, then a move.
                client.input("d:1e u:1e b:1:1 r:1:0 b:5:0 r:5:0 b:4:0 r:4:0 p:120:110", Duration.ofSeconds(10));
                awaitLog(log, s -> events(s).lines().count() >= EXPECTED.lines().count());
                Thread.sleep(300);
            } finally {
                xinput.destroy();
                xinput.waitFor();
            }
            sumac.assertAlive();
        }
        String listed = Files.readString(list);
        assertEquals(true, listed.contains("""
            		Class originated from: 6. Type: XIScrollClass
            		Scroll info for Valuator 2
            		  type: 2 (horizontal)
            		  increment: 15.000000
            		  flags: 0x0
            		Class originated from: 6. Type: XIScrollClass
            		Scroll info for Valuator 3
            		  type: 1 (vertical)
            		  increment: 15.000000
            		  flags: 0x0
            """), listed);
        assertEquals(EXPECTED, events(Files.readString(log)));
    }

    /** A GTK 3 window over the screen's top left printing its scroll events: direction, deltas, emulated. */
    private static final String GTK_SCROLL = """
        import sys, gi
        gi.require_version('Gtk', '3.0'); gi.require_version('Gdk', '3.0')
        from gi.repository import Gtk, Gdk
        w = Gtk.Window(); w.set_default_size(400, 300); w.move(0, 0)
        w.add_events(Gdk.EventMask.SCROLL_MASK | Gdk.EventMask.SMOOTH_SCROLL_MASK)
        def scrolled(widget, e):
            ok, dx, dy = e.get_scroll_deltas()
            print(e.direction.value_nick.upper(), dx, dy, 'emulated' if e.get_pointer_emulated() else '', flush=True)
            return True
        w.connect('scroll-event', scrolled)
        w.connect('map-event', lambda *a: print('MAPPED', flush=True))
        w.connect('destroy', Gtk.main_quit)
        w.show_all(); Gtk.main()
        """;

    /**
     * GTK 3 takes the SPICE wheel as smooth scrolling: each step a scroll of one unit (15 / the increment 15), and
     * none as the discrete UP/DOWN it gets from a pointer without scroll valuators (XTEST's, Xvfb's mouse).
     */
    @Test
    void gtkGetsSmoothScrollingFromTheSpiceWheel() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeSpiceGtkFromPython();
        SpiceClientSupport.Result gtk = SpiceClientSupport.run(List.of("/usr/bin/python3", "-c",
            "import gi; gi.require_version('Gtk', '3.0'); from gi.repository import Gtk"), Duration.ofSeconds(30));
        org.junit.jupiter.api.Assumptions.assumeTrue(gtk.exitCode() == 0, "GTK 3 not importable from python3");
        int port = SpiceClientSupport.freePort();
        Path script = dir.resolve("scroll.py"), log = dir.resolve("scroll.txt");
        Files.writeString(script, GTK_SCROLL);
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1",
                 "--disable-ticketing");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", script.toString()).redirectOutput(log.toFile())
                .redirectError(dir.resolve("scroll.err").toFile());
            pb.environment().put("DISPLAY", sumac.display());
            Process app = pb.start();
            try {
                awaitLog(log, s -> s.contains("MAPPED"));
                Thread.sleep(500);
                client.input("p:100:100 s:200 b:5:0 r:5:0 s:200 b:5:0 r:5:0 s:200 b:4:0 r:4:0", Duration.ofSeconds(10));
                awaitLog(log, s -> s.contains("-1.0"));
                Thread.sleep(300);
            } finally {
                app.destroy();
                app.waitFor();
            }
            sumac.assertAlive();
        }
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.equals("MAPPED")).toList();
        assertEquals(true, lines.contains("SMOOTH 0.0 1.0 ") && lines.contains("SMOOTH 0.0 -1.0 "), lines.toString());
        assertEquals(List.of(), lines.stream().filter(l -> !l.startsWith("SMOOTH") && !l.endsWith("emulated")).toList(),
            "no discrete scroll but the emulated ones GTK leaves aside");
    }

    /**
     * What Xorg sends for the same sequence from a physical keyboard and a wheel mouse (libinput): the first event of
     * each slave switches its master (DeviceChanged), every event names its slave as source, and a wheel step is
     * raw and device motions of valuator 3 only (no x or y: no core motion) with the value after the step, then the
     * emulated press and release (flags "emulated"). The listing before is the display's only X client: its leaving
     * resets the server, after which each master switches slave again at its first event, as Xorg's devices
     * initialised anew (so the pointer's first position, before, does not count). Client mouse mode: the motion's raw
     * values are the absolute position.
     */
    private static final String EXPECTED = """
        DeviceChanged 3 7
        RawKeyPress 3 7 38
        KeyPress 7 7 38
        KeyPress 3 7 38
        RawKeyRelease 3 7 38
        KeyRelease 7 7 38
        KeyRelease 3 7 38
        DeviceChanged 2 6
        RawButtonPress 2 6 1
        ButtonPress 6 6 1
        ButtonPress 2 6 1
        RawButtonRelease 2 6 1
        ButtonRelease 6 6 1
        ButtonRelease 2 6 1
        RawMotion 2 6 0 [3: 15.00 (15.00)]
        Motion 6 6 0 [3: 15.00]
        Motion 2 6 0 [3: 15.00]
        RawButtonPress 2 6 5 emulated
        ButtonPress 6 6 5 emulated
        ButtonPress 2 6 5 emulated
        RawButtonRelease 2 6 5 emulated
        ButtonRelease 6 6 5 emulated
        ButtonRelease 2 6 5 emulated
        RawMotion 2 6 0 [3: -15.00 (-15.00)]
        Motion 6 6 0 [3: 0.00]
        Motion 2 6 0 [3: 0.00]
        RawButtonPress 2 6 4 emulated
        ButtonPress 6 6 4 emulated
        ButtonPress 2 6 4 emulated
        RawButtonRelease 2 6 4 emulated
        ButtonRelease 6 6 4 emulated
        ButtonRelease 2 6 4 emulated
        RawMotion 2 6 0 [0: 120.00 (120.00) 1: 110.00 (110.00)]
        Motion 6 6 0 [0: 120.00 1: 110.00]
        Motion 2 6 0 [0: 120.00 1: 110.00]
        """;

    /** Waits up to 20 s for the log to satisfy {@code done}. */
    private static void awaitLog(Path log, java.util.function.Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && done.test(Files.readString(log))) return;
            Thread.sleep(100);
        }
    }

    private static final Pattern EVENT = Pattern.compile("EVENT type \\d+ \\((\\w+)\\)\\n(.*?)(?=\\nEVENT|\\z)", Pattern.DOTALL);

    /** One line per event: type, device, source, detail, flags, valuators (positions and ids left out). */
    static String events(String log) {
        List<String> out = new ArrayList<>();
        Matcher m = EVENT.matcher(log);
        while (m.find()) {
            String body = m.group(2);
            String type = m.group(1);
            Matcher dev = Pattern.compile("device: (\\d+) \\((\\d+)\\)").matcher(body);
            if (!dev.find()) continue;
            StringBuilder line = new StringBuilder(type).append(' ').append(dev.group(1)).append(' ').append(dev.group(2));
            Matcher detail = Pattern.compile("detail: (\\d+)").matcher(body);
            if (detail.find()) line.append(' ').append(detail.group(1));
            Matcher flags = Pattern.compile("flags: ([^\\n]*)").matcher(body);
            if (!type.equals("DeviceChanged") && flags.find() && !flags.group(1).isBlank()) line.append(' ').append(flags.group(1).trim());
            int v = body.indexOf("valuators:");
            if (v >= 0 && !type.equals("DeviceChanged")) {
                String vals = body.substring(v + "valuators:".length()).split("\\n\\s*(windows|\\n)")[0].trim()
                    .replaceAll("\\s+", " ");
                if (!vals.isEmpty()) line.append(" [").append(vals).append(']');
            }
            out.add(line.toString());
        }
        return String.join("\n", out) + "\n";
    }
}
