package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.demo.TestPattern;

/** Acceptance 1: spicy-screenshot (spice-gtk) sees exactly the source's pixels, with each image encoding. */
@Timeout(90)
class ScreenshotTest {
    @TempDir
    Path dir;

    private long[] lastImageCounts;

    private SpiceTestSupport.Ppm screenshot(SpiceServerConfig.Builder config, FramebufferScreen screen) throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer server = new SpiceServer(config.listen("127.0.0.1", port).disableTicketing().build(), screen)) {
            server.start();
            Path out = dir.resolve("shot-" + port + ".ppm");
            SpiceTestSupport.Result r = SpiceTestSupport.run(List.of("spicy-screenshot", "-h", "127.0.0.1",
                    "-p", String.valueOf(port), "-o", out.toString()), Duration.ofSeconds(30), dir);
            assertEquals(0, r.exitCode(), "spicy-screenshot failed: " + r.stdout() + r.stderr());
            assertTrue(Files.exists(out), "no screenshot written");
            lastImageCounts = new long[] {server.imageStats().sent(0), server.imageStats().sent(109),
                server.imageStats().sent(101)};
            return SpiceTestSupport.readPpm(out);
        }
    }

    private static FramebufferScreen pattern(int w, int h) {
        FramebufferScreen screen = new FramebufferScreen(w, h);
        TestPattern.paint(screen);
        return screen;
    }

    @ParameterizedTest
    @EnumSource(value = ImageCompression.class, names = {"OFF", "LZ4", "LZ"})
    void pictureEqualsSourcePixelForPixel(ImageCompression compression) throws Exception {
        // An odd size makes partial tiles at the right and bottom edges.
        FramebufferScreen screen = pattern(803, 611);
        SpiceTestSupport.Ppm shot = screenshot(SpiceServerConfig.builder().imageCompression(compression), screen);
        int expectedType = switch (compression) {
            case LZ4 -> 1;
            case LZ -> 2;
            default -> 0;
        };
        assertTrue(lastImageCounts[expectedType] > 0, "no image of the expected type was sent");
        assertEquals(803, shot.width());
        assertEquals(611, shot.height());
        assertNull(SpiceTestSupport.firstDifference(screen.pixels(), shot.pixels(), 803));
    }

    @Test
    void resizedScreenIsServedAtItsNewSize() throws Exception {
        FramebufferScreen screen = pattern(320, 200);
        screen.resize(500, 300);
        TestPattern.paint(screen);
        SpiceTestSupport.Ppm shot = screenshot(SpiceServerConfig.builder(), screen);
        assertEquals(500, shot.width());
        assertNull(SpiceTestSupport.firstDifference(screen.pixels(), shot.pixels(), 500));
    }
}
