package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.DisplayNumbers;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;
import org.sumac.desktop.Desktop;
import org.sumac.spice.server.SpiceHost;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

/**
 * Two X desktops in one JVM behind one SPICE port (issue 12, acceptance 4, with real X displays): spice-gtk with
 * one desktop's ticket sees that desktop's root window, with the other's ticket the other's, and closing one
 * desktop leaves the other served on the same port.
 */
@Timeout(120)
class SpiceSharedPortTest {
    @Test
    void eachTicketOnTheSharedPortShowsItsOwnXDesktop() throws Exception {
        SpiceClientSupport.assumeInstalled("spicy-screenshot", "xsetroot");
        int port = SpiceClientSupport.freePort();
        try (SpiceHost host = new SpiceHost(SpiceServerConfig.builder().listen("127.0.0.1", port).ioThreads(1).build())) {
            host.start();
            Desktop alpha = startDesktop(host, 640, 480, "alpha-pw");
            Desktop bravo = startDesktop(host, 800, 600, "bravo-pw");
            try {
                String a = ":" + alpha.display().displayNumber();
                String b = ":" + bravo.display().displayNumber();
                XClients.run(a, Duration.ofSeconds(20), List.of("xsetroot", "-solid", "#a03020")).assertSuccess();
                XClients.run(b, Duration.ofSeconds(20), List.of("xsetroot", "-solid", "#2040b0")).assertSuccess();
                XwdImage shotA = SpiceClientSupport.screenshot(port, "alpha-pw", "shared-port-alpha");
                XwdImage shotB = SpiceClientSupport.screenshot(port, "bravo-pw", "shared-port-bravo");
                assertEquals(640, shotA.width());
                assertEquals(800, shotB.width());
                assertUniform(shotA, 0xa03020, "desktop alpha");
                assertUniform(shotB, 0x2040b0, "desktop bravo");
                alpha.close();
                XClients.run(b, Duration.ofSeconds(20), List.of("xsetroot", "-solid", "#30c060")).assertSuccess();
                assertUniform(SpiceClientSupport.screenshot(port, "bravo-pw", "shared-port-bravo-alone"), 0x30c060,
                        "desktop bravo after alpha closed");
                assertEquals(1, host.endpoints().size(), "alpha's endpoint left the host");
            } finally {
                alpha.close();
                bravo.close();
            }
        }
    }

    private static Desktop startDesktop(SpiceHost host, int w, int h, String password) throws IOException {
        SpiceServerConfig endpoint = SpiceServerConfig.builder().password(password)
                .name("Sumac " + password).build();
        for (int attempt = 0; ; attempt++) {
            // -noreset: the root colour xsetroot sets must outlive it, the display's only client
            DisplayConfig display = DisplayConfig.of(DisplayNumbers.findFree()).withSize(w, h, 24)
                    .withAccessControl(false).withReset(false);
            try {
                return Desktop.start(new XServer(display), host, endpoint);
            } catch (XServer.DisplayInUseException e) {
                if (attempt >= 5) throw e; // another test JVM took the number meanwhile
            }
        }
    }

    private static void assertUniform(XwdImage image, int rgb, String what) {
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                int p = image.pixel(x, y) & ImageComparison.DEPTH24_MASK;
                assertTrue(p == rgb, what + ": pixel (" + x + "," + y + ") is " + Integer.toHexString(p)
                        + ", expected " + Integer.toHexString(rgb));
            }
        }
    }
}
