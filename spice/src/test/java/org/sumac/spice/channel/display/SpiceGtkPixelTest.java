package org.sumac.spice.channel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;

/**
 * spice-gtk's own surface after many fills, copy-bits and damaged images (with a pixmap cache small enough to
 * evict constantly) equals the source pixel for pixel, for each image encoding.
 */
@Timeout(120)
class SpiceGtkPixelTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ImageCompression.class, names = {"OFF", "LZ4", "LZ"})
    void clientSurfaceMatchesSourceAfterRandomChanges(ImageCompression compression) throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 640, h = 480;
        FramebufferScreen screen = RandomScreenChanges.periodicScreen(w, h);
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .imageCompression(compression).pixmapCacheMaxPixels(3L * 256 * 256).build();
        Path script = SpiceTestSupport.resourceFile("spice_gi_pixels.py");
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port)))) {
                client.await("READY", Duration.ofSeconds(30));
                Random random = new Random(7);
                for (int step = 0; step < 300; step++) {
                    RandomScreenChanges.step(screen, server.display(), random);
                    if (step % 25 == 0) Thread.sleep(20); // let some frames go out mid-way
                }
                // The same aligned 256x256 content painted again over a solid fill (a window coming back), one
                // per frame: the second and later come FROM_CACHE (with evictions in between, the cache holding
                // three tiles). Over unchanged pixels nothing would be sent at all.
                for (int k = 0; k < 6; k++) {
                    int bx = 64 * k, by = 64 * (k % 3);
                    screen.draw(s -> {
                        s.fillRect(bx, by, 256, 256, 0x203040);
                        server.display().fill(bx, by, 256, 256, 0x203040);
                    });
                    awaitIdle(server);
                    screen.draw(s -> {
                        for (int yy = by; yy < by + 256; yy++) {
                            for (int xx = bx; xx < bx + 256; xx++) s.pixels()[yy * w + xx] = RandomScreenChanges.periodic(xx, yy);
                        }
                        server.display().damage(bx, by, 256, 256);
                    });
                    awaitIdle(server);
                    if (k % 2 == 1) {
                        RandomScreenChanges.step(screen, server.display(), random);
                        awaitIdle(server);
                    }
                }
                int[][] expected = new int[1][];
                screen.draw(s -> expected[0] = s.pixels().clone());
                assertClientShows(expected[0], w, h, client, server, "dump");
                assertTrue(server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_FROM_CACHE) > 0,
                        "the cache was used");
            }
        }
    }

    /**
     * Two-colour blocks (text-like random bits, odd widths so the last byte of each packed row is padded, one-colour
     * blocks, blocks whose first pixel is the foreground) go as LZ palette images, and spice-gtk paints them exactly.
     */
    @org.junit.jupiter.api.Test
    void twoColourBlocksGoAsPalettedLzAndPaintExactly() throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 640, h = 480;
        FramebufferScreen screen = RandomScreenChanges.periodicScreen(w, h);
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .imageCompression(ImageCompression.LZ).pixmapCacheMaxPixels(0).build();
        Path script = SpiceTestSupport.resourceFile("spice_gi_pixels.py");
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port)))) {
                client.await("READY", Duration.ofSeconds(30));
                awaitIdle(server);
                long before = server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_LZ_PLT);
                Random random = new Random(11);
                for (int block = 0; block < 40; block++) {
                    int bw = 1 + random.nextInt(150), bh = 1 + random.nextInt(60);
                    int bx = random.nextInt(w - bw), by = random.nextInt(h - bh);
                    int ink = random.nextInt(0x1000000), paper = block % 7 == 0 ? ink : random.nextInt(0x1000000);
                    int density = 1 + random.nextInt(4);
                    screen.draw(s -> {
                        for (int y = by; y < by + bh; y++) {
                            for (int x = bx; x < bx + bw; x++) {
                                s.pixels()[y * w + x] = random.nextInt(density + 1) == 0 ? ink : paper;
                            }
                        }
                        server.display().damage(bx, by, bw, bh);
                    });
                    if (block % 5 == 0) awaitIdle(server);
                }
                awaitIdle(server);
                int[][] expected = new int[1][];
                screen.draw(s -> expected[0] = s.pixels().clone());
                assertClientShows(expected[0], w, h, client, server, "two-colour");
                assertTrue(server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_LZ_PLT) > before,
                        "two-colour blocks went as LZ_PLT");
            }
        }
    }

    /**
     * Blocks of 3 to 256 colours (antialiased text, themed widgets: 4 and 8 bits an index), odd widths so packed
     * rows are padded, go as LZ palette images too, and spice-gtk paints them exactly.
     */
    @org.junit.jupiter.api.Test
    void fewColourBlocksGoAsPalettedLzAndPaintExactly() throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 640, h = 480;
        FramebufferScreen screen = RandomScreenChanges.periodicScreen(w, h);
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .imageCompression(ImageCompression.LZ).pixmapCacheMaxPixels(0).build();
        Path script = SpiceTestSupport.resourceFile("spice_gi_pixels.py");
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port)))) {
                client.await("READY", Duration.ofSeconds(30));
                awaitIdle(server);
                long before = server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_LZ_PLT);
                Random random = new Random(12);
                for (int block = 0; block < 40; block++) {
                    int bw = 41 + 2 * random.nextInt(80), bh = 21 + random.nextInt(60);
                    int most = Math.min(256, bw * bh / 32);
                    int colours = block % 2 == 0 ? 3 + random.nextInt(14) : 17 + random.nextInt(most - 16);
                    int[] palette = new int[colours];
                    for (int i = 0; i < colours; i++) palette[i] = random.nextInt(0x1000000);
                    int bx = random.nextInt(w - bw), by = random.nextInt(h - bh);
                    screen.draw(s -> {
                        for (int y = by; y < by + bh; y++) {
                            for (int x = bx; x < bx + bw; x++) {
                                s.pixels()[y * w + x] = palette[random.nextInt(3) == 0 ? random.nextInt(colours) : x / 3 % colours];
                            }
                        }
                        server.display().damage(bx, by, bw, bh);
                    });
                    if (block % 5 == 0) awaitIdle(server);
                }
                awaitIdle(server);
                int[][] expected = new int[1][];
                screen.draw(s -> expected[0] = s.pixels().clone());
                assertClientShows(expected[0], w, h, client, server, "few-colour");
                assertTrue(server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_LZ_PLT) > before,
                        "few-colour blocks went as LZ_PLT");
            }
        }
    }

    /**
     * With JPEG allowed, a tile of text beside a photo is not photo-like as a whole: its photo quarters go as JPEG,
     * its text quarters lossless, so spice-gtk shows the text exactly and the photo close to the source.
     */
    @org.junit.jupiter.api.Test
    void photoBesideTextGoesAsJpegWhileTheTextStaysExact() throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 512, h = 256;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .jpegForPhotos(true).pixmapCacheMaxPixels(0).build();
        Path script = SpiceTestSupport.resourceFile("spice_gi_pixels.py");
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port)))) {
                client.await("READY", Duration.ofSeconds(30));
                awaitIdle(server);
                long before = server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_JPEG);
                Random noise = new Random(5);
                screen.draw(s -> {
                    for (int y = 0; y < 256; y++) {
                        for (int x = 0; x < 256; x++) {
                            int p;
                            if (x < 120) {
                                p = (x * 7 + y * 13) % 11 < 3 ? 0x202020 : 0xF0F0F0; // text: two colours, sharp
                            } else {
                                int r = (int) (128 + 90 * Math.sin(x / 37.0) * Math.cos(y / 23.0)) + noise.nextInt(5) - 2;
                                int g = (int) (128 + 80 * Math.sin((x + y) / 51.0)) + noise.nextInt(5) - 2;
                                int b = (int) (128 + 70 * Math.cos(x / 19.0 - y / 41.0)) + noise.nextInt(5) - 2;
                                p = r << 16 | g << 8 | b;
                            }
                            s.pixels()[y * w + x] = p;
                        }
                    }
                    server.display().damage(0, 0, 256, 256);
                });
                awaitIdle(server);
                Thread.sleep(300);
                Path dump = dir.resolve("photo-text");
                client.send("DUMP " + dump);
                assertEquals("DUMPED " + w + " " + h, client.await("DUMPED", Duration.ofSeconds(20)));
                int[] shown = readDump(dump, w * h);
                int[] source = screen.pixels();
                long error = 0;
                for (int y = 0; y < 256; y++) {
                    for (int x = 0; x < 256; x++) {
                        int i = y * w + x;
                        if (x < 128) {
                            assertEquals(source[i] & 0xFFFFFF, shown[i], "lossless quarter at " + x + "," + y);
                        } else {
                            for (int shift = 0; shift < 24; shift += 8) {
                                error += Math.abs((source[i] >> shift & 0xFF) - (shown[i] >> shift & 0xFF));
                            }
                        }
                    }
                }
                double meanError = error / (3.0 * 128 * 256);
                assertTrue(meanError < 8, "mean channel error in the photo " + meanError);
                assertTrue(server.imageStats().sent(org.sumac.spice.wire.Spice.IMAGE_TYPE_JPEG) > before,
                        "the photo's quarters went as JPEG");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void resizeRecreatesTheClientSurface() throws Exception {
        int port = SpiceTestSupport.freePort();
        FramebufferScreen screen = new FramebufferScreen(320, 240);
        org.sumac.spice.demo.TestPattern.paint(screen);
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing().build();
        Path script = SpiceTestSupport.resourceFile("spice_gi_pixels.py");
        try (SpiceServer server = new SpiceServer(config, screen)) {
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port)))) {
                client.await("READY", Duration.ofSeconds(30));
                screen.draw(s -> {
                    s.resize(500, 300);
                    org.sumac.spice.demo.TestPattern.paint(s);
                    server.display().screenResized();
                });
                awaitIdle(server);
                String difference = "never compared";
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                for (int attempt = 0; difference != null && System.nanoTime() < deadline; attempt++) {
                    Thread.sleep(300);
                    Path dump = dir.resolve("resized" + attempt);
                    client.send("DUMP " + dump);
                    String dumped = client.await("DUMPED", Duration.ofSeconds(20));
                    if (!dumped.equals("DUMPED 500 300")) continue;
                    int[][] expected = new int[1][];
                    screen.draw(s -> expected[0] = s.pixels().clone());
                    difference = SpiceTestSupport.firstDifference(expected[0], readDump(dump, 500 * 300), 500);
                }
                assertNull(difference);
            }
        }
    }

    /** spice-gtk's surface equals {@code expected} within 20 s (it may still be catching up). */
    private void assertClientShows(int[] expected, int w, int h, SpiceTestSupport.LineProcess client, SpiceServer server,
                                   String label) throws Exception {
        String difference = "never compared";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int attempt = 0; difference != null && System.nanoTime() < deadline; attempt++) {
            awaitIdle(server);
            Thread.sleep(300);
            Path dump = dir.resolve(label + attempt);
            client.send("DUMP " + dump);
            assertEquals("DUMPED " + w + " " + h, client.await("DUMPED", Duration.ofSeconds(20)));
            difference = SpiceTestSupport.firstDifference(expected, readDump(dump, w * h), w);
        }
        assertNull(difference);
    }

    private static void awaitIdle(SpiceServer server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            boolean idle = true;
            for (ChannelClient c : server.currentSession().orElseThrow().channels()) {
                if (c instanceof DisplayChannelClient d && !d.isIdle()) idle = false;
            }
            if (idle) return;
            Thread.sleep(20);
        }
    }

    private static int[] readDump(Path file, int pixels) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] px = new int[pixels];
        for (int i = 0; i < pixels; i++) px[i] = b.getInt() & 0xFFFFFF;
        return px;
    }
}
