package org.sumac.spice.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.SpiceTestSupport;

/** The runnable demo starts, serves its animated pattern to spicy-screenshot, and stops when killed. */
@Timeout(90)
class SpiceDemoTest {
    @TempDir
    Path dir;

    @Test
    void demoServesItsPicture() throws Exception {
        int port = SpiceTestSupport.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (var demo = new SpiceTestSupport.LineProcess(List.of(java, "-cp", System.getProperty("java.class.path"),
                SpiceDemo.class.getName(), "--port", String.valueOf(port), "--size", "400x300"))) {
            demo.await("SPICE demo on spice://127.0.0.1:" + port, Duration.ofSeconds(60));
            Path out = dir.resolve("demo.ppm");
            var r = SpiceTestSupport.run(List.of("spicy-screenshot", "-h", "127.0.0.1", "-p", String.valueOf(port),
                    "-o", out.toString()), Duration.ofSeconds(30), dir);
            assertEquals(0, r.exitCode(), r.stderr());
            var shot = SpiceTestSupport.readPpm(out);
            assertEquals(400, shot.width());
            assertEquals(300, shot.height());
            // The static parts of the pattern (the red/green gradient corner and the cache tiles) are there.
            assertTrue(shot.pixels()[5 * 400 + 395] >> 16 > 0xF0, "red gradient at the right edge");
            assertEquals(0x202020, shot.pixels()[299 * 400], "cache tile pattern at the bottom left");
        }
    }
}
