package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * What a SPICE client sees of a Sumac desktop is the X root window: spicy-screenshot (spice-gtk) against
 * xwd -root, pixel for pixel (24 colour bits), with real clients on screen and across reconnects.
 */
@Timeout(300)
class DesktopScreenTest {
    private static final Duration SETTLE = Duration.ofMillis(400);
    /** twm's default fonts (helvetica) are not in xfonts-base; "fixed" always is. */
    static final String TWMRC = """
        TitleFont "fixed"
        ResizeFont "fixed"
        MenuFont "fixed"
        IconFont "fixed"
        IconManagerFont "fixed"
        RandomPlacement
        """;

    @Test
    void spiceShowsTheRootWindowWithXtermTwmXlogoAndXeyes() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("spicy-screenshot", "xwd", "xwininfo", "xterm", "twm", "xlogo", "xeyes");
        int port = SpiceClientSupport.freePort();
        Path twmrc = TestOutput.dir("desktop").resolve("twmrc");
        Files.writeString(twmrc, TWMRC);
        try (SumacProcess sumac = SumacProcess.start(1024, 768, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             XClients.Running twm = XClients.start(sumac, "env", "LC_ALL=C", "twm", "-f", twmrc.toString());
             XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "80x24+20+30");
             XClients.Running xlogo = XClients.start(sumac, "xlogo", "-geometry", "200x200+600+40");
             XClients.Running xeyes = XClients.start(sumac, "xeyes", "-geometry", "150x100+600+400")) {
            for (String name : List.of("xterm", "xlogo", "xeyes")) awaitWindow(sumac, name);
            assertTrue(twm.isAlive(), "twm runs: " + twm.stderr());
            XwdImage[] pair = screenshotOfStableScreen(sumac, port, null, "desktop-clients");
            ImageComparison.assertSame("spice vs xwd with xterm, twm, xlogo, xeyes", pair[0], pair[1]);
            assertFalse(isUniform(pair[0]), "the X screen shows the clients");
            sumac.assertAlive();
        }
    }

    @Test
    void tenReconnectsEachShowTheCurrentScreen() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("spicy-screenshot", "xwd", "xsetroot", "xlogo", "xwininfo");
        int port = SpiceClientSupport.freePort();
        Path passwordFile = TestOutput.dir("desktop").resolve("password-" + port);
        Files.writeString(passwordFile, "reconnect-pw\n");
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr",
                 "127.0.0.1", "--password-file", passwordFile.toString());
             XClients.Running xlogo = XClients.start(sumac, "xlogo", "-geometry", "160x160+100+100")) {
            awaitWindow(sumac, "xlogo");
            List<Integer> roots = new ArrayList<>();
            for (int cycle = 0; cycle < 10; cycle++) {
                int rgb = 0x102030 + cycle * 0x0F1713;
                String color = String.format("#%06x", rgb & 0xFFFFFF);
                XClients.run(sumac, Duration.ofSeconds(20), "xsetroot", "-solid", color).assertSuccess();
                XwdImage[] pair = screenshotOfStableScreen(sumac, port, "reconnect-pw", "reconnect-" + cycle);
                ImageComparison.assertSame("reconnect " + cycle + " (" + color + ")", pair[0], pair[1]);
                int corner = pair[1].pixel(0, 0) & ImageComparison.DEPTH24_MASK;
                assertEquals(rgb & 0xFFFFFF, corner, "root background of cycle " + cycle + " seen over SPICE");
                roots.add(corner);
            }
            assertEquals(10, roots.stream().distinct().count(), "every cycle showed a different screen");
            sumac.assertAlive();
        }
    }

    /**
     * Takes xwd, then the SPICE screenshot, then xwd again, until both xwd pictures agree (the screen did not
     * change meanwhile). Returns {xwd, spice}.
     */
    static XwdImage[] screenshotOfStableScreen(SumacProcess sumac, int port, String password, String label) {
        XwdImage before = awaitStable(sumac, label);
        for (int attempt = 0; ; attempt++) {
            XwdImage spice = SpiceClientSupport.screenshot(port, password, label);
            XwdImage after = XwdImage.captureRoot(sumac, label + "-after");
            if (Arrays.equals(before.pixels(), after.pixels()) || attempt == 4) return new XwdImage[] {after, spice};
            before = awaitStable(sumac, label);
        }
    }

    private static XwdImage awaitStable(SumacProcess sumac, String label) {
        XwdImage last = XwdImage.captureRoot(sumac, label);
        for (int i = 0; i < 50; i++) {
            sleep(SETTLE);
            XwdImage next = XwdImage.captureRoot(sumac, label);
            if (Arrays.equals(last.pixels(), next.pixels())) return next;
            last = next;
        }
        throw new AssertionError("the X screen never settled for " + label);
    }

    /** Waits until a window of that name exists and is viewable. */
    static void awaitWindow(SumacProcess sumac, String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result r = XClients.run(sumac, Duration.ofSeconds(10), "xwininfo", "-name", name);
            if (r.succeeded() && r.stdout().contains("IsViewable")) return;
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("no viewable window named " + name + "; server log:\n" + sumac.logTail());
    }

    private static boolean isUniform(XwdImage image) {
        int first = image.pixels()[0];
        for (int p : image.pixels()) if (p != first) return false;
        return true;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
