package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.spice.demo.TestPattern;
import org.sumac.spice.link.TicketAuthority;
import org.sumac.spice.wire.Spice;

/**
 * Acceptance 4 of issue 12: two desktops behind one SPICE port, each reached with its own ticket. Each client sees
 * its own desktop; a client of one desktop that stops reading, while that desktop's screen is slow to read (as an
 * X server holding its lock), leaves the other desktop's frames on time, with every connection on one event loop.
 */
@Timeout(120)
class TwoDesktopsOnOnePortTest {
    @TempDir
    Path dir;

    /** A screen whose snapshot waits first, while {@link #snapshotMillis} is set: a busy X lock. */
    static final class SlowScreen implements ScreenSource {
        final FramebufferScreen screen;
        volatile long snapshotMillis;
        final AtomicLong snapshots = new AtomicLong();
        volatile String lastSnapshotThread = "";

        SlowScreen(FramebufferScreen screen) {
            this.screen = screen;
        }

        @Override public int width() { return screen.width(); }
        @Override public int height() { return screen.height(); }

        @Override
        public void readPixels(int x, int y, int width, int height, int[] dst, int offset, int stride) {
            screen.readPixels(x, y, width, height, dst, offset, stride);
        }

        @Override
        public void withConsistentView(Runnable reader) {
            snapshots.incrementAndGet();
            lastSnapshotThread = Thread.currentThread().getName();
            long wait = snapshotMillis;
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            screen.withConsistentView(reader);
        }
    }

    private static SpiceServerConfig.Builder hostConfig(int port) {
        // One I/O thread: every connection of both desktops shares one event loop, as many desktops will.
        return SpiceServerConfig.builder().listen("127.0.0.1", port).ioThreads(1);
    }

    private static SpiceServerConfig desktop(String name, String password) {
        return SpiceServerConfig.builder().name(name).password(password).build();
    }

    private static FramebufferScreen solid(int w, int h, int rgb) {
        FramebufferScreen s = new FramebufferScreen(w, h);
        s.draw(f -> f.fillRect(0, 0, w, h, rgb));
        return s;
    }

    private SpiceTestSupport.Ppm screenshot(int port, String password) throws Exception {
        Path out = dir.resolve("shot-" + password + ".ppm");
        SpiceTestSupport.Result r = SpiceTestSupport.run(List.of("spicy-screenshot", "-h", "127.0.0.1",
                "-p", String.valueOf(port), "-w", password, "-o", out.toString()), Duration.ofSeconds(30), dir);
        assertEquals(0, r.exitCode(), "spicy-screenshot with ticket " + password + " failed: " + r.stdout() + r.stderr());
        return SpiceTestSupport.readPpm(out);
    }

    @Test
    void eachTicketShowsItsOwnDesktopOnTheSharedPort() throws Exception {
        int port = SpiceTestSupport.freePort();
        FramebufferScreen a = new FramebufferScreen(640, 480);
        TestPattern.paint(a);
        FramebufferScreen b = solid(400, 300, 0x3366CC);
        b.draw(f -> f.fillRect(50, 40, 100, 60, 0xFFCC00));
        try (SpiceHost host = new SpiceHost(hostConfig(port).build())) {
            SpiceEndpoint alpha = host.addEndpoint(desktop("alpha", "alpha-secret"), a);
            SpiceEndpoint bravo = host.addEndpoint(desktop("bravo", "bravo-secret"), b);
            host.start();
            SpiceTestSupport.Ppm shotA = screenshot(port, "alpha-secret");
            SpiceTestSupport.Ppm shotB = screenshot(port, "bravo-secret");
            assertEquals(640, shotA.width());
            assertNull(SpiceTestSupport.firstDifference(a.pixels(), shotA.pixels(), 640));
            assertEquals(400, shotB.width());
            assertNull(SpiceTestSupport.firstDifference(b.pixels(), shotB.pixels(), 400));
            // A wrong ticket opens neither desktop.
            try (RawSpiceClient stranger = new RawSpiceClient(port)) {
                assertEquals(Spice.LINK_PERMISSION_DENIED, stranger.link(0, Spice.CHANNEL_MAIN, "charlie"));
            }
            // A client of one desktop cannot join the other's session with its own ticket.
            try (RawSpiceClient mainB = new RawSpiceClient(port); RawSpiceClient displayA = new RawSpiceClient(port)) {
                assertEquals(0, mainB.link(0, Spice.CHANNEL_MAIN, "bravo-secret"));
                int sessionB = mainB.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
                assertEquals(Spice.LINK_BAD_CONNECTION_ID, displayA.link(sessionB, Spice.CHANNEL_DISPLAY, "alpha-secret"));
                assertTrue(bravo.currentSession().isPresent());
                assertTrue(alpha.currentSession().isEmpty());
            }
        }
    }

    @Test
    void aStalledClientOfASlowDesktopLeavesTheOtherDesktopsFramesOnTime() throws Exception {
        int port = SpiceTestSupport.freePort();
        SlowScreen a = new SlowScreen(new FramebufferScreen(640, 480));
        TestPattern.paint(a.screen);
        FramebufferScreen b = solid(320, 240, 0x202020);
        try (SpiceHost host = new SpiceHost(hostConfig(port).build())) {
            SpiceEndpoint alpha = host.addEndpoint(desktop("alpha", "alpha-secret"), a);
            SpiceEndpoint bravo = host.addEndpoint(desktop("bravo", "bravo-secret"), b);
            host.start();
            // Desktop A: a client that links its display, reads its first frame, then reads nothing more.
            RawSpiceClient mainA = new RawSpiceClient(port);
            RawSpiceClient displayA = new RawSpiceClient(port);
            assertEquals(0, mainA.link(0, Spice.CHANNEL_MAIN, "alpha-secret"));
            int sessionA = mainA.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
            displayA.socket.setReceiveBufferSize(16 << 10);
            assertEquals(0, displayA.link(sessionA, Spice.CHANNEL_DISPLAY, "alpha-secret"));
            displayA.readUntil(Spice.MSG_DISPLAY_MARK);
            // From here A's screen is slow to read, and changes in small steps, so A keeps building frames (its
            // ACK window and socket have room for many) and each takes the slow snapshot.
            long slowMillis = 800;
            a.snapshotMillis = slowMillis;
            AtomicBoolean drawing = new AtomicBoolean(true);
            Thread drawerA = Thread.ofPlatform().name("test-draw-alpha").start(() -> {
                int f = 0;
                while (drawing.get()) {
                    int c = ++f;
                    a.screen.draw(s -> {
                        s.fillRect(c % 600, 10, 8, 8, 0xFF0000 + c);
                        alpha.display().damage(c % 600, 10, 8, 8);
                    });
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            RawSpiceClient mainB = new RawSpiceClient(port);
            RawSpiceClient displayB = new RawSpiceClient(port);
            DisplayReader readerB = null;
            try {
                // Wait until A is in the middle of its slow frames.
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (a.snapshots.get() < 2 && System.nanoTime() < until) Thread.sleep(10);
                assertTrue(a.snapshots.get() >= 2, "desktop A builds frames while its client is stalled");
                assertTrue(a.lastSnapshotThread.startsWith("spice-display-alpha"),
                        "A's snapshot ran on " + a.lastSnapshotThread + ", not on its display worker");

                assertEquals(0, mainB.link(0, Spice.CHANNEL_MAIN, "bravo-secret"));
                int sessionB = mainB.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
                assertEquals(0, displayB.link(sessionB, Spice.CHANNEL_DISPLAY, "bravo-secret"));
                readerB = new DisplayReader(displayB);
                assertNotNull(readerB.awaitDrawing(Duration.ofSeconds(10)), "B's first frame");
                // B changes N times; each change must arrive well within one of A's slow snapshots.
                int updates = 12;
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < updates; i++) {
                    readerB.drawings.clear();
                    int x = 10 + 20 * i;
                    long posted = System.nanoTime();
                    b.draw(s -> {
                        s.fillRect(x, 100, 16, 16, 0x00FF00 + x);
                        bravo.display().damage(x, 100, 16, 16);
                    });
                    Long arrived = readerB.awaitDrawing(Duration.ofSeconds(10));
                    assertNotNull(arrived, "update " + i + " of desktop B never arrived");
                    latencies.add(arrived - posted);
                    Thread.sleep(60 + (i * 37) % 120); // spread the posts over A's frame cycle
                }
                Collections.sort(latencies);
                long worstMillis = TimeUnit.NANOSECONDS.toMillis(latencies.getLast());
                System.out.printf("desktop B frame latency while A is stalled and slow: median %.2f ms, worst %d ms"
                        + " (A's snapshot takes %d ms; A built %d snapshots)%n",
                        latencies.get(latencies.size() / 2) / 1e6, worstMillis, slowMillis, a.snapshots.get());
                assertTrue(worstMillis < slowMillis / 2, "a frame of desktop B took " + worstMillis
                        + " ms: it waited for desktop A (latencies " + latencies + " ns)");
                for (var c : bravo.currentSession().orElseThrow().channels()) {
                    if (c instanceof org.sumac.spice.channel.display.DisplayChannelClient d) {
                        long[] h = d.handOffStats();
                        System.out.printf("desktop B: %d frames handed from the worker to the event loop, %.1f us"
                                + " each on average%n", h[0], h[0] == 0 ? 0 : h[1] / 1e3 / h[0]);
                    }
                }
                // A's client is still connected: stalled, not dropped.
                assertTrue(alpha.currentSession().isPresent(), "A's session is still there");
                assertTrue(readerB.failure == null, "B's display reader: " + readerB.failure);
            } finally {
                drawing.set(false);
                drawerA.interrupt();
                drawerA.join(5000);
                a.snapshotMillis = 0;
                if (readerB != null) readerB.stop();
                displayB.close();
                mainB.close();
                displayA.close();
                mainA.close();
            }
        }
    }

    /** Reads a display channel as a client does (answering the ACK window) and notes when drawings arrive. */
    static final class DisplayReader {
        final BlockingQueue<Long> drawings = new LinkedBlockingQueue<>();
        final RawSpiceClient client;
        final Thread thread;
        volatile Throwable failure;

        DisplayReader(RawSpiceClient client) throws IOException {
            this.client = client;
            client.socket.setSoTimeout(0);
            thread = Thread.ofPlatform().daemon().name("test-display-reader").start(this::run);
        }

        private void run() {
            int window = 0;
            int sinceAck = 0;
            try {
                while (true) {
                    RawSpiceClient.Message m = client.readMessage();
                    long now = System.nanoTime();
                    if (m.type() == Spice.MSG_SET_ACK) {
                        ByteBuffer b = m.buffer();
                        window = b.getInt(4);
                        client.sendMessage(Spice.MSGC_ACK_SYNC,
                                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.getInt(0)).array());
                        sinceAck = 0;
                        continue;
                    }
                    if (window > 0 && ++sinceAck >= window) {
                        client.sendMessage(Spice.MSGC_ACK, new byte[0]);
                        sinceAck = 0;
                    }
                    if (m.type() == Spice.MSG_DISPLAY_DRAW_COPY || m.type() == Spice.MSG_DISPLAY_DRAW_FILL) {
                        drawings.add(now);
                    }
                }
            } catch (IOException e) {
                if (!client.socket.isClosed()) failure = e;
            }
        }

        Long awaitDrawing(Duration timeout) throws InterruptedException {
            return drawings.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void stop() throws IOException {
            client.close();
        }
    }

    @Test
    void ticketsOfTheSamePortAreCheckedAgainstEveryDesktop() throws Exception {
        try (SpiceHost host = new SpiceHost(hostConfig(0).build())) {
            SpiceEndpoint alpha = host.addEndpoint(desktop("alpha", "alpha-secret"), solid(8, 8, 0));
            SpiceEndpoint bravo = host.addEndpoint(desktop("bravo", "bravo-secret"), solid(8, 8, 0));
            // Both endpoints encrypt with the port's one key: the link reply carries only one.
            assertEquals(TicketAuthority.Verdict.ACCEPTED, alpha.tickets().check(bravo.tickets().encryptForTest("alpha-secret")));
            assertNotEquals(TicketAuthority.Verdict.ACCEPTED, bravo.tickets().check(alpha.tickets().encryptForTest("alpha-secret")));
        }
    }
}
