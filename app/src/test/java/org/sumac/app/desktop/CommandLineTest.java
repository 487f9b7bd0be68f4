package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.app.testing.DisplayNumbers;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/** The sumac command as a user runs it: {@code sumac demo} and {@code --exit-on-disconnect}. */
@Timeout(180)
class CommandLineTest {
    /**
     * The demo as on a fresh machine (a new, empty home: no Xfce settings yet): it prints how to connect, starts
     * Xfce's window manager, settings daemon and panel and a terminal, the SPICE client sees exactly the X screen
     * with the terminal and the panel drawn on it, and Ctrl-C stops everything it started.
     */
    @Test
    void demoStartsAnXfceDesktopWithAPanelAndATerminalThatSpiceShows(@TempDir Path home) throws Exception {
        SpiceClientSupport.assumeInstalled("xfwm4", "xfce4-panel", "xfsettingsd");
        demo(Map.of("HOME", home.toString()), true);
    }

    /** Where Xfce is missing (here: a PATH with only twm and xterm) the demo starts twm and the terminal. */
    @Test
    void demoFallsBackToTwmWhereXfceIsMissing(@TempDir Path home, @TempDir Path bin) throws Exception {
        SpiceClientSupport.assumeInstalled("twm", "xterm");
        for (String program : List.of("twm", "xterm")) {
            Files.createSymbolicLink(bin.resolve(program), Path.of("/usr/bin", program));
        }
        demo(Map.of("HOME", home.toString(), "PATH", bin.toString()), false);
    }

    private static void demo(Map<String, String> env, boolean xfce) throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("spicy-screenshot", "xwd", "xterm", "xwininfo");
        int port = SpiceClientSupport.freePort();
        Process demo = sumac(List.of("demo", "--port", String.valueOf(port)), env);
        try {
            LinkedBlockingQueue<String> out = lines(demo);
            String display = null, password = null, url = null, desktop = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((display == null || password == null || url == null || desktop == null) && System.nanoTime() < deadline) {
                String line = out.poll(1, TimeUnit.SECONDS);
                if (line == null) continue;
                Matcher m = Pattern.compile("on display (:\\d+)").matcher(line);
                if (m.find()) display = m.group(1);
                m = Pattern.compile("password: (\\S+)").matcher(line);
                if (m.find()) password = m.group(1);
                m = Pattern.compile("remote-viewer (spice://\\S+)").matcher(line);
                if (m.find()) url = m.group(1);
                m = Pattern.compile("desktop: +(.+)").matcher(line);
                if (m.find()) desktop = m.group(1);
            }
            assertTrue(display != null && password != null && url != null && desktop != null, "demo output incomplete");
            assertEquals("spice://127.0.0.1:" + port, url);
            String windowManager = xfce ? "xfwm4" : "twm";
            assertTrue(desktop.contains(windowManager) && desktop.contains("xterm"), "says what it started: " + desktop);
            if (xfce) assertTrue(desktop.contains("xfsettingsd"), "says it started the settings daemon: " + desktop);
            Rect terminal = awaitWindow(display, "xterm");
            assertTrue(demo.descendants().anyMatch(p -> p.info().command().orElse("").endsWith("/" + windowManager)),
                windowManager + " runs");
            assertFalse(isTopLevel(display, "xterm"), "the window manager framed the terminal");
            Rect panel = xfce ? awaitPanel(display) : null;
            // The panel's clock may turn over between the two captures: a pair that differs is taken again.
            XwdImage spice = null;
            ImageComparison.Outcome same = null;
            for (int attempt = 0; attempt < 3 && (same == null || !same.identical()); attempt++) {
                spice = SpiceClientSupport.screenshot(port, password, "demo-" + windowManager);
                same = ImageComparison.compare("demo over SPICE vs xwd", captureRoot(display), spice,
                    ImageComparison.DEPTH24_MASK);
            }
            assertTrue(same.identical(), same.report());
            assertTrue(share(spice, terminal, 0xffffff) > 0.8, "the terminal shows on the SPICE screen (white)");
            if (panel != null) {
                assertTrue(colours(spice, panel) >= 8, "the panel shows on the SPICE screen (menu text and icons)");
            }
            List<ProcessHandle> children = demo.descendants().toList();
            assertFalse(children.isEmpty());
            demo.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the children
            assertTrue(demo.waitFor(20, TimeUnit.SECONDS), "demo stops on SIGTERM");
            for (ProcessHandle child : children) {
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (child.isAlive() && System.nanoTime() < until) Thread.sleep(50);
                assertFalse(child.isAlive(), "child " + child.info().command().orElse("?") + " stopped");
            }
            int n = Integer.parseInt(display.substring(1));
            assertTrue(DisplayNumbers.isFree(n), "display lock and socket removed");
        } finally {
            demo.descendants().forEach(ProcessHandle::destroyForcibly);
            demo.destroyForcibly();
        }
    }

    private record Rect(int x, int y, int width, int height) { }

    /** The share of pixels of {@code r} in {@code image} that are {@code rgb}. */
    private static double share(XwdImage image, Rect r, int rgb) {
        int same = 0;
        for (int y = r.y(); y < r.y() + r.height(); y++) {
            for (int x = r.x(); x < r.x() + r.width(); x++) if ((image.pixel(x, y) & 0xffffff) == rgb) same++;
        }
        return (double) same / (r.width() * r.height());
    }

    private static int colours(XwdImage image, Rect r) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = r.y(); y < r.y() + r.height(); y++) {
            for (int x = r.x(); x < r.x() + r.width(); x++) seen.add(image.pixel(x, y) & 0xffffff);
        }
        return seen.size();
    }

    @Test
    void exitOnDisconnectEndsTheServerWhenTheClientLeaves() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("spicy-screenshot");
        int port = SpiceClientSupport.freePort();
        int n = DisplayNumbers.findFree();
        Process sumac = sumac(List.of(":" + n, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing",
            "--exit-on-disconnect"));
        try {
            LinkedBlockingQueue<String> out = lines(sumac);
            awaitLine(out, "on SPICE spice://");
            Thread.sleep(1000);
            assertTrue(sumac.isAlive(), "no client yet: the server keeps running");
            SpiceClientSupport.screenshot(port, null, "exit-on-disconnect");
            assertTrue(sumac.waitFor(20, TimeUnit.SECONDS), "sumac exits after the client disconnected");
            assertEquals(0, sumac.exitValue());
            assertTrue(DisplayNumbers.isFree(n), "display lock and socket removed");
        } finally {
            sumac.destroyForcibly();
        }
    }

    private static Process sumac(List<String> args) throws IOException {
        return sumac(args, Map.of());
    }

    private static Process sumac(List<String> args, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), SumacProcess.MAIN_CLASS));
        if (env.containsKey("HOME")) command.add(1, "-Duser.home=" + env.get("HOME"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Collects the process's output lines (and keeps a copy under target for failures). */
    private static LinkedBlockingQueue<String> lines(Process p) throws IOException {
        LinkedBlockingQueue<String> q = new LinkedBlockingQueue<>();
        Path log = TestOutput.dir("logs").resolve("sumac-cli-" + p.pid() + ".log");
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    q.add(line);
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException ignored) {
                // process gone
            }
        });
        return q;
    }

    private static void awaitLine(LinkedBlockingQueue<String> q, String part) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String line = q.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(part)) return;
        }
        throw new AssertionError("no output line containing " + part);
    }

    /** Waits for a viewable window named {@code name}; returns where it is on the screen. */
    private static Rect awaitWindow(String display, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result r = XClients.run(display, Duration.ofSeconds(10), List.of("xwininfo", "-name", name));
            if (r.succeeded() && r.stdout().contains("IsViewable")) {
                Thread.sleep(1500); // let it draw
                return geometry(r.stdout());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no viewable window " + name + " on " + display);
    }

    /** Waits for the widest viewable xfce4-panel window (the top panel with the Applications menu). */
    private static Rect awaitPanel(String display) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result tree = XClients.run(display, Duration.ofSeconds(10), List.of("xwininfo", "-root", "-tree"));
            Rect best = null;
            Matcher m = Pattern.compile("(0x[0-9a-f]+) \"xfce4-panel\"").matcher(tree.stdout());
            while (m.find()) {
                XClients.Result r = XClients.run(display, Duration.ofSeconds(10), List.of("xwininfo", "-id", m.group(1)));
                if (!r.succeeded() || !r.stdout().contains("IsViewable")) continue;
                Rect g = geometry(r.stdout());
                if (g.width() >= 100 && (best == null || g.width() > best.width())) best = g;
            }
            if (best != null) {
                Thread.sleep(1500); // let it draw
                return best;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no viewable xfce4-panel on " + display);
    }

    private static Rect geometry(String xwininfo) {
        return new Rect(field(xwininfo, "Absolute upper-left X"), field(xwininfo, "Absolute upper-left Y"),
            field(xwininfo, "Width"), field(xwininfo, "Height"));
    }

    private static int field(String xwininfo, String name) {
        Matcher m = Pattern.compile("\\s" + name + ":\\s+(-?\\d+)").matcher(xwininfo);
        if (!m.find()) throw new AssertionError("xwininfo without " + name + ":\n" + xwininfo);
        return Integer.parseInt(m.group(1));
    }

    /** True when the window named {@code name} is a child of the root (no window manager frame). */
    private static boolean isTopLevel(String display, String name) {
        XClients.Result r = XClients.run(display, Duration.ofSeconds(10), List.of("xwininfo", "-name", name, "-tree"));
        r.assertSuccess();
        Matcher root = Pattern.compile("Root window id: (0x[0-9a-f]+)").matcher(r.stdout());
        Matcher parent = Pattern.compile("Parent window id: (0x[0-9a-f]+)").matcher(r.stdout());
        assertTrue(root.find() && parent.find(), r.stdout());
        return root.group(1).equals(parent.group(1));
    }

    private static XwdImage captureRoot(String display) {
        Path file = TestOutput.dir("captures").resolve("demo-root-" + System.nanoTime() + ".xwd");
        XClients.run(display, Duration.ofSeconds(30), List.of("xwd", "-root", "-silent", "-out", file.toString()))
            .assertSuccess();
        return XwdImage.read(file);
    }

    private static String java() {
        String home = System.getenv("JAVA_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "java"))) return Path.of(home, "bin", "java").toString();
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
