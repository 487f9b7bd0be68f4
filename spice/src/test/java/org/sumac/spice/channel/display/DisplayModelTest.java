package org.sumac.spice.channel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.Spice;

/**
 * A strict model client applies every display message (fills, copy-bits, raw images, cache hits and
 * invalidations) while the screen is changed with random fills, copies and damage. At rest its picture must
 * equal the source, and it fails at once on a FROM_CACHE of an id it does not hold (where spice-gtk would hang).
 */
@Timeout(60)
class DisplayModelTest {
    static final class ModelClient {
        int width, height;
        int[] fb = new int[0];
        final Map<Long, int[]> cache = new HashMap<>();
        int fromCacheHits, invalidated, fills, copies, images, resets;
        long imagePixels;
        private final RawSpiceClient c;
        private int ackWindow, sinceAck;

        ModelClient(RawSpiceClient c) {
            this.c = c;
        }

        /**
         * Processes messages until none arrives for {@code quietMillis}. A message is only read once its first
         * bytes are there, with a long timeout, so a slow machine never splits a message.
         */
        void drain(int quietMillis) throws IOException, InterruptedException {
            c.socket.setSoTimeout(10_000);
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < quietMillis * 1_000_000L) {
                if (c.in.available() > 0) {
                    handle(c.readMessage());
                    quietSince = System.nanoTime();
                } else {
                    Thread.sleep(1);
                }
            }
        }

        void handle(RawSpiceClient.Message m) throws IOException {
            ByteBuffer b = m.buffer();
            if (m.type() == Spice.MSG_SET_ACK) {
                ackWindow = b.getInt(4);
                byte[] sync = new byte[4];
                ByteBuffer.wrap(sync).order(ByteOrder.LITTLE_ENDIAN).putInt(b.getInt(0));
                c.sendMessage(Spice.MSGC_ACK_SYNC, sync);
                sinceAck = 0;
                return;
            }
            if (ackWindow > 0 && ++sinceAck >= ackWindow) {
                sinceAck = 0;
                c.sendMessage(Spice.MSGC_ACK, new byte[0]);
            }
            switch (m.type()) {
                case Spice.MSG_DISPLAY_SURFACE_CREATE -> {
                    width = b.getInt(4);
                    height = b.getInt(8);
                    fb = new int[width * height];
                }
                case Spice.MSG_DISPLAY_SURFACE_DESTROY -> fb = new int[0];
                case Spice.MSG_DISPLAY_RESET -> resets++;
                case Spice.MSG_DISPLAY_INVAL_ALL_PIXMAPS -> cache.clear();
                case Spice.MSG_DISPLAY_INVAL_LIST -> {
                    int n = b.getShort(0) & 0xFFFF;
                    for (int i = 0; i < n; i++) {
                        assertEquals(Spice.RES_TYPE_PIXMAP, b.get(2 + 9 * i));
                        assertTrue(cache.remove(b.getLong(3 + 9 * i)) != null, "INVAL of an id not cached");
                        invalidated++;
                    }
                }
                case Spice.MSG_DISPLAY_DRAW_FILL -> {
                    int[] box = box(b);
                    assertEquals(0, b.get(20), "clip");
                    assertEquals(Spice.BRUSH_SOLID, b.get(21));
                    int color = b.getInt(22);
                    for (int y = box[1]; y < box[3]; y++) {
                        for (int x = box[0]; x < box[2]; x++) fb[y * width + x] = color;
                    }
                    fills++;
                }
                case Spice.MSG_DISPLAY_COPY_BITS -> {
                    int[] box = box(b);
                    int sx = b.getInt(21), sy = b.getInt(25);
                    int w = box[2] - box[0], h = box[3] - box[1];
                    int[] tmp = new int[w * h];
                    for (int y = 0; y < h; y++) System.arraycopy(fb, (sy + y) * width + sx, tmp, y * w, w);
                    for (int y = 0; y < h; y++) System.arraycopy(tmp, y * w, fb, (box[1] + y) * width + box[0], w);
                    copies++;
                }
                case Spice.MSG_DISPLAY_DRAW_COPY -> drawCopy(b, m.body().length);
                default -> { }
            }
        }

        private static int[] box(ByteBuffer b) {
            int top = b.getInt(4), left = b.getInt(8), bottom = b.getInt(12), right = b.getInt(16);
            return new int[] {left, top, right, bottom};
        }

        private void drawCopy(ByteBuffer b, int size) {
            int[] box = box(b);
            int at = b.getInt(21);
            long id = b.getLong(at);
            int type = b.get(at + 8) & 0xFF;
            int flags = b.get(at + 9) & 0xFF;
            int w = b.getInt(at + 10), h = b.getInt(at + 14);
            assertEquals(box[2] - box[0], w);
            assertEquals(box[3] - box[1], h);
            int[] px;
            if (type == Spice.IMAGE_TYPE_FROM_CACHE) {
                px = cache.get(id);
                assertTrue(px != null, "FROM_CACHE of id " + Long.toHexString(id) + " the client does not hold");
                fromCacheHits++;
            } else {
                assertEquals(Spice.IMAGE_TYPE_BITMAP, type);
                int p = at + 18;
                assertEquals(Spice.BITMAP_FMT_32BIT, b.get(p));
                int stride = b.getInt(p + 10);
                px = new int[w * h];
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) px[y * w + x] = b.getInt(p + 18 + y * stride + 4 * x) & 0xFFFFFF;
                }
                assertEquals(size, p + 18 + stride * h, "image must end the message");
                if ((flags & Spice.IMAGE_FLAG_CACHE_ME) != 0) cache.put(id, px);
            }
            for (int y = 0; y < h; y++) System.arraycopy(px, y * w, fb, (box[1] + y) * width + box[0], w);
            images++;
            imagePixels += (long) w * h;
        }
    }


    /** Links a main channel, then in its session the display channel the returned model reads. */
    private static ModelClient linkedModel(RawSpiceClient main, RawSpiceClient display) throws Exception {
        assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, ""));
        int session = main.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
        assertEquals(0, display.link(session, Spice.CHANNEL_DISPLAY, ""));
        return new ModelClient(display);
    }

    private static SpiceServer startedServer(SpiceServerConfig config, FramebufferScreen screen) throws IOException {
        SpiceServer server = new SpiceServer(config, screen);
        server.start();
        return server;
    }

    /** A server on a free port (no ticket, no image compression) and a model client that has taken its first frame. */
    private record Linked(SpiceServer server, RawSpiceClient main, RawSpiceClient display, ModelClient model)
            implements AutoCloseable {
        static Linked start(FramebufferScreen screen, UnaryOperator<SpiceServerConfig.Builder> options)
                throws Exception {
            int port = SpiceTestSupport.freePort();
            SpiceServer server = startedServer(options.apply(SpiceServerConfig.builder().listen("127.0.0.1", port)
                .disableTicketing().imageCompression(ImageCompression.OFF)).build(), screen);
            RawSpiceClient main = new RawSpiceClient(port), display = new RawSpiceClient(port);
            ModelClient model = linkedModel(main, display);
            model.drain(300);
            return new Linked(server, main, display, model);
        }

        /** Every pixel the client shows is the screen's. */
        void assertShows(FramebufferScreen screen) {
            int[][] expected = new int[1][];
            screen.draw(s -> expected[0] = s.pixels().clone());
            assertNull(SpiceTestSupport.firstDifference(expected[0], model.fb, model.width));
        }

        @Override
        public void close() throws Exception {
            try (server; main; display) {
                // closed in reverse: the display channel, the main channel, then the server
            }
        }
    }

    @Test
    void randomFillsCopiesAndDamageConvergeWithATinyCache() throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 640, h = 480;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        screen.draw(s -> {
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) s.pixels()[y * w + x] = RandomScreenChanges.periodic(x, y) | (x / 64 + y / 64);
        });
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .imageCompression(ImageCompression.OFF).pixmapCacheMaxPixels(3L * 256 * 256)
                // Every change may go as its own frame: repeated tiles in separate frames are what hit the cache.
                .minFrameInterval(java.time.Duration.ZERO).build();
        try (SpiceServer server = startedServer(config, screen);
             RawSpiceClient main = new RawSpiceClient(port);
             RawSpiceClient display = new RawSpiceClient(port)) {
            ModelClient model = linkedModel(main, display);
            ByteBuffer init = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN);
            init.put((byte) 1).putLong(20_000_000L).put((byte) 0).putInt(0);
            display.sendMessage(Spice.MSGC_DISPLAY_INIT, init.array());
            model.drain(300);
            Random random = new Random(42);
            SpiceDisplay d = server.display();
            for (int step = 0; step < 400; step++) {
                RandomScreenChanges.step(screen, d, random);
                if (random.nextInt(10) == 0) model.drain(5);
            }
            model.drain(800);
            d.reset();
            model.drain(800);
            int[][] expected = new int[1][];
            screen.draw(s -> expected[0] = s.pixels().clone());
            assertNull(SpiceTestSupport.firstDifference(expected[0], model.fb, w));
            assertTrue(model.fills > 0 && model.copies > 0 && model.images > 0, "all kinds of drawing were used");
            assertEquals(1, model.resets);
            assertTrue(model.fromCacheHits > 0, "cache hits: " + model.fromCacheHits);
            assertTrue(model.invalidated > 0, "cache evictions: " + model.invalidated);
        }
    }

    @Test
    void postsWithoutWakeOnPostWaitForWake() throws Exception {
        int w = 64, h = 48;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        try (Linked linked = Linked.start(screen, c -> c.minFrameInterval(java.time.Duration.ZERO))) {
            ModelClient model = linked.model();
            SpiceDisplay d = linked.server().display();
            d.setWakeOnPost(false);
            screen.draw(s -> {
                for (int y = 4; y < 20; y++) for (int x = 8; x < 40; x++) s.pixels()[y * w + x] = 0x123456;
                d.fill(8, 4, 32, 16, 0x123456);
            });
            model.drain(300);
            assertEquals(0, model.fills, "a post without wake-up sends nothing by itself");
            d.wake();
            model.drain(300);
            assertEquals(1, model.fills, "the wake sends it");
            linked.assertShows(screen);
        }
    }

    @Test
    void aChangeAfterAQuietSpellIsBuiltByTheWakeItself() throws Exception {
        int w = 64, h = 48;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        try (Linked linked = Linked.start(screen, c -> c)) { // the default frame clock
            SpiceServer server = linked.server();
            ModelClient model = linked.model();
            DisplayChannelClient dcc = null;
            for (ChannelClient c : server.currentSession().orElseThrow().channels()) {
                if (c instanceof DisplayChannelClient d) dcc = d;
            }
            assertTrue(dcc != null, "display connection");
            for (int i = 0; i < 500 && !dcc.isIdle(); i++) Thread.sleep(10);
            Thread.sleep(100); // a quiet spell: longer than the frame clock's interval
            SpiceDisplay d = server.display();
            d.setWakeOnPost(false);
            long before = dcc.framesSent();
            screen.draw(s -> {
                for (int y = 4; y < 20; y++) for (int x = 8; x < 40; x++) s.pixels()[y * w + x] = 0x654321;
                d.fill(8, 4, 32, 16, 0x654321);
            });
            d.wake();
            // Built on this thread before wake() returned, not by the display worker after a wake-up.
            assertEquals(before + 1, dcc.framesSent(), "frames built when wake() returned");
            model.drain(300);
            assertEquals(1, model.fills, "the fill reached the client");
        }
    }

    @Test
    void pixelsTheClientShowsAreNotSentAgain() throws Exception {
        int w = 320, h = 240;
        FramebufferScreen screen = RandomScreenChanges.periodicScreen(w, h);
        try (Linked linked = Linked.start(screen,
                c -> c.pixmapCacheMaxPixels(0).minFrameInterval(java.time.Duration.ZERO))) {
            SpiceServer server = linked.server();
            ModelClient model = linked.model();
            assertEquals((long) w * h, model.imagePixels, "the first frame is the whole screen");
            SpiceDisplay d = server.display();

            // The whole screen damaged, nothing changed: no image.
            screen.draw(s -> d.damage(0, 0, w, h));
            model.drain(300);
            assertEquals(1, model.images, "a repaint of the same pixels sends nothing");

            // A 300x200 area damaged where a 7x5 block changed: only that block goes.
            screen.draw(s -> {
                for (int y = 100; y < 105; y++) for (int x = 150; x < 157; x++) s.pixels()[y * w + x] ^= 0x00FFFF;
                d.damage(10, 20, 300, 200);
            });
            model.drain(300);
            assertEquals(2, model.images);
            assertEquals((long) w * h + 7 * 5, model.imagePixels, "only the changed block is sent");
            linked.assertShows(screen);
            DisplayChannelClient client = null;
            for (ChannelClient c : server.currentSession().orElseThrow().channels()) {
                if (c instanceof DisplayChannelClient dc) client = dc;
            }
            assertTrue(client != null && client.unchangedTiles() > 0, "skipped tiles are counted");
        }
    }

    @Test
    void aDamagedAreaOfOneColourGoesAsOneFillNotAsImages() throws Exception {
        int w = 320, h = 240;
        FramebufferScreen screen = RandomScreenChanges.periodicScreen(w, h);
        try (Linked linked = Linked.start(screen, c -> c.minFrameInterval(java.time.Duration.ZERO))) {
            ModelClient model = linked.model();
            assertEquals(1, model.images, "the first frame is one image of the whole screen");
            SpiceDisplay d = linked.server().display();

            // Cleared as a window's background is, but reported as damage (two tiles: 256 and 64 wide).
            screen.draw(s -> {
                java.util.Arrays.fill(s.pixels(), 0x336699);
                d.damage(0, 0, w, h);
            });
            model.drain(300);
            assertEquals(1, model.images, "no image for pixels of one colour");
            assertEquals(1, model.fills, "the two tiles go as one fill");
            linked.assertShows(screen);
        }
    }
}
