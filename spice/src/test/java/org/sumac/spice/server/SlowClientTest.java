package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.channel.display.DisplayChannelClient;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.demo.TestPattern;
import org.sumac.spice.wire.Spice;

/**
 * Acceptance 5 (second half): a client that stops reading while the screen keeps changing costs bounded memory,
 * never slows the poster, and the next client is served normally.
 */
@Timeout(60)
class SlowClientTest {
    @TempDir
    Path dir;

    @Test
    void stalledClientCostsBoundedMemoryAndNeverBlocksThePoster() throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 800, h = 600;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        TestPattern.paint(screen);
        int highWater = 512 << 10;
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .imageCompression(ImageCompression.OFF).writeBufferWaterMarks(128 << 10, highWater).build();
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.start();
            RawSpiceClient main = new RawSpiceClient(port);
            RawSpiceClient display = new RawSpiceClient(port);
            try {
                assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, ""));
                int session = main.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
                display.socket.setReceiveBufferSize(16 << 10);
                assertEquals(0, display.link(session, Spice.CHANNEL_DISPLAY, ""));
                // From here on the display client reads nothing; the screen changes for two seconds.
                java.util.ArrayList<Long> postTimes = new java.util.ArrayList<>();
                long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                int frame = 0;
                long maxPending = 0;
                DisplayChannelClient dcc = null;
                while (System.nanoTime() < end) {
                    int f = ++frame;
                    long[] postNanos = new long[1];
                    screen.draw(s -> {
                        TestPattern.animate(s, server.display(), f);
                        long t0 = System.nanoTime();
                        server.display().damage(0, 0, w, h);
                        server.display().fill(10, 10, 20, 20, f);
                        server.display().copyBits(0, 0, 5, 5, 100, 100);
                        postNanos[0] = System.nanoTime() - t0;
                    });
                    if (f > 10) postTimes.add(postNanos[0]);
                    for (ChannelClient c : server.currentSession().orElseThrow().channels()) {
                        if (c instanceof DisplayChannelClient d) dcc = d;
                    }
                    if (dcc != null) {
                        var out = dcc.nettyChannel().unsafe().outboundBuffer();
                        if (out != null) maxPending = Math.max(maxPending, out.totalPendingWriteBytes());
                    }
                    Thread.sleep(2);
                }
                assertTrue(dcc != null && dcc.nettyChannel().isActive(), "display connection still open");
                // Frames are built only below the high-water mark, so at most one frame is ever queued beyond it.
                long bound = highWater + 4L * w * h + 64 * 1024;
                assertTrue(maxPending <= bound, "pending " + maxPending + " > bound " + bound);
                assertTrue(dcc.framesSent() < 20, "frames built for a stalled client: " + dcc.framesSent());
                // Posting only records and wakes: even the slow tail (GC pauses aside) stays far below a frame time.
                java.util.Collections.sort(postTimes);
                long p95 = postTimes.get(postTimes.size() * 95 / 100);
                assertTrue(p95 < 2_000_000L, "95% of posts took up to " + p95 / 1000 + " us; max "
                        + postTimes.getLast() / 1000 + " us");
            } finally {
                display.close();
                main.close();
            }
            // Another client is served the current picture.
            Path out = dir.resolve("after.ppm");
            var r = SpiceTestSupport.run(List.of("spicy-screenshot", "-h", "127.0.0.1", "-p", String.valueOf(port),
                    "-o", out.toString()), Duration.ofSeconds(30), dir);
            assertEquals(0, r.exitCode(), r.stderr());
            assertTrue(Files.exists(out));
            var shot = SpiceTestSupport.readPpm(out);
            int[][] expected = new int[1][];
            screen.draw(s -> expected[0] = s.pixels().clone());
            assertNull(SpiceTestSupport.firstDifference(expected[0], shot.pixels(), w));
            assertFalse(shot.width() != w);
        }
    }
}
