package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/** JPEG only when asked: photo-like content goes out as JPEG and spice-gtk shows it close to the source. */
@Timeout(60)
class JpegTest {
    @TempDir
    Path dir;

    @Test
    void photoLikeScreenIsSentAsJpegWhenEnabled() throws Exception {
        int w = 480, h = 320;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        int[] px = screen.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (int) (128 + 100 * Math.sin(x / 37.0) * Math.cos(y / 23.0));
                int g = (int) (128 + 90 * Math.sin((x + y) / 51.0));
                int b = (int) (128 + 80 * Math.cos(x / 19.0 - y / 41.0));
                px[y * w + x] = r << 16 | g << 8 | b;
            }
        }
        for (boolean jpeg : new boolean[] {false, true}) {
            int port = SpiceTestSupport.freePort();
            try (SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port)
                    .disableTicketing().jpegForPhotos(jpeg).build(), screen)) {
                server.start();
                Path out = dir.resolve("jpeg-" + jpeg + ".ppm");
                var r = SpiceTestSupport.run(List.of("spicy-screenshot", "-h", "127.0.0.1", "-p",
                        String.valueOf(port), "-o", out.toString()), Duration.ofSeconds(30), dir);
                assertEquals(0, r.exitCode(), r.stderr());
                var shot = SpiceTestSupport.readPpm(out);
                assertEquals(jpeg, server.imageStats().sent(Spice.IMAGE_TYPE_JPEG) > 0, "JPEG used iff enabled");
                long error = 0;
                for (int i = 0; i < px.length; i++) {
                    for (int shift = 0; shift < 24; shift += 8) {
                        error += Math.abs((px[i] >> shift & 0xFF) - (shot.pixels()[i] >> shift & 0xFF));
                    }
                }
                double meanError = error / (3.0 * px.length);
                assertTrue(jpeg ? meanError < 4 : meanError == 0, "mean channel error " + meanError);
            }
        }
    }
}
