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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.DisplayNumbers;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/** The sumac command as a user runs it: {@code sumac demo} and {@code --exit-on-disconnect}. */
@Timeout(180)
class CommandLineTest {
    @Test
    void demoPrintsHowToConnectServesTheDesktopAndStopsItsChildren() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("spicy-screenshot", "xwd", "xterm", "twm", "xwininfo");
        int port = SpiceClientSupport.freePort();
        Process demo = sumac(List.of("demo", "--port", String.valueOf(port)));
        try {
            LinkedBlockingQueue<String> out = lines(demo);
            String display = null, password = null, url = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((display == null || password == null || url == null) && System.nanoTime() < deadline) {
                String line = out.poll(1, TimeUnit.SECONDS);
                if (line == null) continue;
                Matcher m = Pattern.compile("on display (:\\d+)").matcher(line);
                if (m.find()) display = m.group(1);
                m = Pattern.compile("password: (\\S+)").matcher(line);
                if (m.find()) password = m.group(1);
                m = Pattern.compile("remote-viewer (spice://\\S+)").matcher(line);
                if (m.find()) url = m.group(1);
            }
            assertTrue(display != null && password != null && url != null, "demo output incomplete");
            assertEquals("spice://127.0.0.1:" + port, url);
            String shownDisplay = display;
            awaitWindow(display, "xterm");
            assertTrue(demo.descendants().anyMatch(p -> p.info().command().orElse("").endsWith("/twm")),
                "twm runs");
            XwdImage spice = SpiceClientSupport.screenshot(port, password, "demo");
            XwdImage root = captureRoot(shownDisplay);
            ImageComparison.assertSame("demo over SPICE vs xwd", root, spice);
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
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), SumacProcess.MAIN_CLASS));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
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

    private static void awaitWindow(String display, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result r = XClients.run(display, Duration.ofSeconds(10), List.of("xwininfo", "-name", name));
            if (r.succeeded() && r.stdout().contains("IsViewable")) {
                Thread.sleep(1500); // let it draw
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no viewable window " + name + " on " + display);
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
