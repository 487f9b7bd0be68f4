package org.sumac.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.SumacProcess;

/**
 * Issue 11, finding 3: local clients that try to fill Sumac's heap with legal requests. Each case runs against a
 * real Sumac with the default memory limits (256 MiB a client, 512 MiB a display, 64 MiB of unread output) and its
 * 1 GiB heap: every attacker ends with BadAlloc or its disconnection, a well-behaved client connected before the
 * attack is served all along (a round trip, a fill, a GetImage of what it drew, over and over, from its own thread),
 * and the server log never shows an OutOfMemoryError.
 */
@Timeout(300)
class MemoryAttackTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int BAD_ALLOC = 11;
    private static final int WIDTH = 640, HEIGHT = 480;
    private static final int MAX_BIG_REQUEST_UNITS = 4194303;

    private SumacProcess server;
    private Witness witness;

    @BeforeEach
    void start() {
        SumacProcess.assumeAvailable();
        server = SumacProcess.start(WIDTH, HEIGHT);
        witness = new Witness(connect());
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (witness != null) witness.stop();
            server.assertAlive();
            String log = Files.readString(server.logFile());
            assertFalse(log.contains("OutOfMemoryError"), "no server thread saw an OutOfMemoryError:\n" + server.logTail());
        } finally {
            server.close();
        }
    }

    @Test
    void threeHundredClientsStallingMaximumBigRequestsEndInBadAllocAndTheDisplayKeepsServing() {
        int bigRequests = extensionOpcode(witness.x, "BIG-REQUESTS");
        witness.start();
        List<RawXConnection> stalled = new ArrayList<>();
        int refused = 0;
        try {
            // 300 clients (the display takes 255 at a time) announce a 16 MiB PutImage, send 64 KiB of it and stall.
            for (int i = 0; i < 300; i++) {
                RawXConnection a;
                try {
                    a = connect();
                } catch (RuntimeException | AssertionError e) {
                    refused++;
                    continue;
                }
                stalled.add(a);
                a.request(bigRequests, 0, new byte[0]);
                a.readReplyOrError();
                a.send(a.body().put8(72).put8(2).put16(0).putInt(MAX_BIG_REQUEST_UNITS).putInt(0).putInt(0)
                    .put16(1024).put16(1024).putInt(0).put8(0).put8(24).put16(0).bytes());
                a.send(new byte[64 * 1024]);
            }
            assertTrue(stalled.size() >= 250, "most of them got in: " + stalled.size() + ", refused " + refused);
            witness.assertServed();
            // 40 of them send all but the last 4 bytes: 40 x 16 MiB does not fit the display's 512 MiB.
            byte[] chunk = new byte[1 << 20];
            long rest = MAX_BIG_REQUEST_UNITS * 4L - 28 - 64 * 1024 - 4;
            List<RawXConnection> full = stalled.subList(0, 40);
            for (RawXConnection a : full) {
                for (long sent = 0; sent < rest; sent += chunk.length) {
                    a.send(sent + chunk.length <= rest ? chunk : new byte[(int) (rest - sent)]);
                }
            }
            witness.assertServed();
            // Then the last bytes: what was held runs (and fails: no drawable, no GC); the rest was BadAlloc.
            int badAlloc = 0;
            for (RawXConnection a : full) {
                a.send(new byte[4]);
                a.countRequest();
                RawXConnection.Message m = a.readReplyOrError();
                assertTrue(m.isError() && List.of(BAD_ALLOC, 9, 13, 16).contains(m.code()), "answered " + m);
                if (m.code() == BAD_ALLOC) badAlloc++;
            }
            assertTrue(badAlloc >= 8, "at most 32 requests of 16 MiB fit 512 MiB; BadAlloc: " + badAlloc);
            witness.assertServed();
        } finally {
            stalled.forEach(RawXConnection::close);
        }
        witness.assertServed();
    }

    @Test
    void thirtyClientsCreatingQuarterGigabytePixmapsGetBadAllocPastTheDisplaysTotal() {
        witness.start();
        List<RawXConnection> clients = new ArrayList<>();
        int holding = 0, badAlloc = 0;
        try {
            for (int i = 0; i < 30; i++) {
                RawXConnection a = connect();
                clients.add(a);
                // 8192 x 8184: 255.75 MiB of pixels, just inside a client's 256 MiB.
                int pixmap = a.newId(), gc = a.newId();
                a.request(53, 24, a.body().putInt(pixmap).putInt(a.setup().rootWindow()).put16(8192).put16(8184).bytes());
                int seq = a.request(43, 0, new byte[0]);
                RawXConnection.Message m = a.readReplyOrError();
                if (m.isError()) {
                    assertEquals(BAD_ALLOC, m.code(), "answered " + m);
                    a.readReplyOrError(); // the round trip's reply
                    badAlloc++;
                    continue;
                }
                assertEquals(seq, m.sequence());
                holding++;
                // Its pixels are real: fill the whole pixmap.
                a.request(55, 0, a.body().putInt(gc).putInt(pixmap).putInt(0x4).putInt(0x123456).bytes());
                a.request(70, 0, a.body().putInt(pixmap).putInt(gc).put16(0).put16(0).put16(8192).put16(8184).bytes());
                a.roundTrip();
                witness.assertServed();
            }
            assertTrue(holding >= 1 && holding <= 2, "one or two fit the display's 512 MiB: " + holding);
            assertEquals(30 - holding, badAlloc);
            witness.assertServed();
        } finally {
            clients.forEach(RawXConnection::close);
        }
        witness.assertServed();
        // Once they left (the server notices soon after), their memory is the display's again.
        try (RawXConnection again = connect()) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                int pixmap = again.newId();
                again.request(53, 24, again.body().putInt(pixmap).putInt(again.setup().rootWindow()).put16(8192).put16(8184).bytes());
                again.request(43, 0, new byte[0]);
                RawXConnection.Message m = again.readReplyOrError();
                if (!m.isError()) break;
                again.readReplyOrError();
                assertTrue(System.nanoTime() < deadline, "the departed clients' pixmaps were given back");
                sleep(100);
            }
        }
    }

    /**
     * Issue 14: Present queues presentations for a future msc, each holding its pixmap even after FreePixmap. A client
     * queueing 16 MiB pixmaps a year ahead and freeing them gets BadAlloc once what they hold passes its 256 MiB; one
     * queueing a 1x1 pixmap gets BadAlloc past 1024 waiting; both clients' queues go with them.
     */
    @Test
    void presentationsQueuedFarAheadEndInBadAllocAndGoWithTheirClient() {
        witness.start();
        for (int round = 0; round < 2; round++) {
            try (RawXConnection a = connect()) {
                int present = extensionOpcode(a, "Present"), root = a.setup().rootWindow();
                int window = a.newId();
                a.request(1, 24, a.body().putInt(window).putInt(root).put16(0).put16(0).put16(64).put16(64).put16(0)
                    .put16(1).putInt(0).putInt(0).bytes());
                int queued = 0, refused = 0;
                for (int i = 0; i < 40 && refused == 0; i++) {
                    int pixmap = a.newId();
                    a.request(53, 24, a.body().putInt(pixmap).putInt(root).put16(2048).put16(2048).bytes());
                    a.request(present, 1, presentFarAhead(a, window, pixmap));
                    a.request(54, 0, a.body().putInt(pixmap).bytes());
                    if (answeredBadAlloc(a)) refused++;
                    else queued++;
                    witness.assertServed();
                }
                assertTrue(queued >= 10 && queued <= 16 && refused == 1, "16 MiB pixmaps queued: " + queued);
            }
            try (RawXConnection a = connect()) {
                int present = extensionOpcode(a, "Present"), root = a.setup().rootWindow();
                int window = a.newId(), pixmap = a.newId();
                a.request(1, 24, a.body().putInt(window).putInt(root).put16(0).put16(0).put16(64).put16(64).put16(0)
                    .put16(1).putInt(0).putInt(0).bytes());
                a.request(53, 24, a.body().putInt(pixmap).putInt(root).put16(1).put16(1).bytes());
                for (int i = 0; i < 1100; i++) a.request(present, 1, presentFarAhead(a, window, pixmap));
                int refused = 0, seq = a.request(43, 0, new byte[0]);
                while (true) {
                    RawXConnection.Message m = a.readReplyOrError();
                    if (m.type() == RawXConnection.REPLY && m.sequence() == seq) break;
                    assertEquals(BAD_ALLOC, m.code(), "answered " + m);
                    refused++;
                }
                assertEquals(1100 - 1024, refused);
                witness.assertServed();
            }
        }
        witness.assertServed();
    }

    /** PresentPixmap of the whole pixmap for an msc a century of 60 Hz frames from the clock's start. */
    private static byte[] presentFarAhead(RawXConnection a, int window, int pixmap) {
        long msc = 60L * 86400 * 365 * 100;
        return a.body().putInt(window).putInt(pixmap).putInt(1).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
            .putInt(0).putInt(0).putInt(0).putInt((int) msc).putInt((int) (msc >>> 32)).putInt(0).putInt(0).putInt(0)
            .putInt(0).bytes();
    }

    /**
     * Whether the requests since the last round trip got BadAlloc: the pixmap's or the presentation's (BadPixmap then
     * follows for the pixmap that could not be made; no other error).
     */
    private static boolean answeredBadAlloc(RawXConnection a) {
        int seq = a.request(43, 0, new byte[0]);
        boolean badAlloc = false;
        while (true) {
            RawXConnection.Message m = a.readReplyOrError();
            if (m.type() == RawXConnection.REPLY && m.sequence() == seq) return badAlloc;
            assertTrue(m.code() == BAD_ALLOC || (badAlloc && m.code() == 4), "answered " + m);
            badAlloc |= m.code() == BAD_ALLOC;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void twentyClientsThatNeverReadWhileFloodedAreCutOffOrGetBadAlloc() throws InterruptedException {
        witness.start();
        List<RawXConnection> sleepers = new ArrayList<>();
        RawXConnection flooder = connect();
        try {
            int root = flooder.setup().rootWindow();
            for (int i = 0; i < 20; i++) {
                RawXConnection a = connect();
                sleepers.add(a);
                a.request(2, 0, a.body().putInt(root).putInt(0x800).putInt(0x400000).bytes()); // PropertyChange on the root
            }
            // Round after round, each asks for the whole screen (1.2 MB) and never reads: after 42 rounds each has
            // ~50 MiB unread, under its own 64 MiB but 1 GB together; after 64 rounds each is past its own limit.
            List<RawXConnection> open = new ArrayList<>(sleepers);
            for (int k = 0; k < 64; k++) {
                for (RawXConnection a : List.copyOf(open)) {
                    try {
                        a.request(73, 2, a.body().putInt(root).put16(0).put16(0).put16(WIDTH).put16(HEIGHT).putInt(-1).bytes());
                    } catch (UncheckedIOException e) {
                        open.remove(a); // cut off already
                    }
                }
            }
            for (int k = 0; k < 20_000; k++) {
                flooder.request(18, 2, flooder.body().putInt(root).putInt(39).putInt(31).put8(8).put8(0).put16(0)
                    .putInt(4).putBytes(new byte[] {'f', 'l', 'o', 'o'}).bytes());
                if (k % 5000 == 0) flooder.roundTrip();
            }
            flooder.request(19, 0, flooder.body().putInt(root).putInt(39).bytes());
            flooder.roundTrip();
            witness.assertServed();
            for (RawXConnection a : sleepers) {
                String outcome = outcome(a);
                assertTrue(outcome.equals("disconnected") || outcome.equals("BadAlloc"), "a client that never read was " + outcome);
            }
            witness.assertServed();
        } finally {
            sleepers.forEach(RawXConnection::close);
            flooder.close();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private RawXConnection connect() {
        return RawXConnection.connect(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT);
    }

    /** Reads all a client was sent: "disconnected" if the server closed it, "BadAlloc" if one came, else "served". */
    private static String outcome(RawXConnection a) {
        int seq;
        try {
            seq = a.request(43, 0, new byte[0]);
        } catch (UncheckedIOException e) {
            return "disconnected";
        }
        boolean badAlloc = false;
        try {
            while (true) {
                RawXConnection.Message m = a.read();
                if (m.isError() && m.code() == BAD_ALLOC) badAlloc = true;
                if (m.type() == RawXConnection.REPLY && m.sequence() == seq && m.bytes().length == 32) {
                    return badAlloc ? "BadAlloc" : "served";
                }
            }
        } catch (UncheckedIOException e) {
            return "disconnected";
        }
    }

    private static int extensionOpcode(RawXConnection x, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        x.request(98, 0, x.body().put16(n.length).put16(0).putBytes(n).pad().bytes());
        RawXConnection.Message m = x.readReplyOrError();
        assertEquals(1, m.bytes()[8], name + " is present");
        return m.bytes()[9] & 0xff;
    }

    /**
     * The well-behaved client: from its own thread, over and over, a round trip, a fill of its window in a new
     * colour and a GetImage that must show that colour. {@link #assertServed} fails if any of it failed, or if it
     * has not completed a pass since the last check.
     */
    private static final class Witness {
        final RawXConnection x;
        private final int window, gc;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicInteger passes = new AtomicInteger();
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();
        private Thread thread;
        private int checkedPasses;

        Witness(RawXConnection x) {
            this.x = x;
            window = x.newId();
            gc = x.newId();
            x.request(1, 24, x.body().putInt(window).putInt(x.setup().rootWindow()).put16(0).put16(0).put16(64).put16(64)
                .put16(0).put16(1).putInt(0).putInt(0x2).putInt(0).bytes());
            x.request(8, 0, x.body().putInt(window).bytes());
            x.request(55, 0, x.body().putInt(gc).putInt(window).putInt(0).bytes());
            x.roundTrip();
        }

        void start() {
            running.set(true);
            thread = Thread.ofPlatform().name("witness").start(() -> {
                int colour = 0x010203;
                while (running.get()) {
                    try {
                        pass(colour);
                        colour = (colour * 31 + 0x0a0b0c) & 0xffffff;
                        passes.incrementAndGet();
                        Thread.sleep(50);
                    } catch (Throwable t) {
                        failures.add(t);
                        return;
                    }
                }
            });
        }

        private void pass(int colour) {
            x.roundTrip();
            x.request(56, 0, x.body().putInt(gc).putInt(0x4).putInt(colour).bytes());
            x.request(70, 0, x.body().putInt(window).putInt(gc).put16(0).put16(0).put16(16).put16(16).bytes());
            x.request(73, 2, x.body().putInt(window).put16(4).put16(4).put16(4).put16(4).putInt(-1).bytes());
            RawXConnection.Message m = x.readReplyOrError();
            if (m.isError()) throw new AssertionError("GetImage answered " + m);
            int pixel = m.card32(32) & 0xffffff;
            if (pixel != colour) throw new AssertionError("GetImage shows " + Integer.toHexString(pixel) + ", drew " + Integer.toHexString(colour));
        }

        void assertServed() {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (failures.isEmpty() && passes.get() <= checkedPasses && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (!failures.isEmpty()) throw new AssertionError("the well-behaved client failed", failures.getFirst());
            assertTrue(passes.get() > checkedPasses, "the well-behaved client made no progress in " + TIMEOUT);
            checkedPasses = passes.get();
        }

        void stop() throws IOException {
            running.set(false);
            if (thread != null) {
                try {
                    thread.join(TIMEOUT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            x.close();
            if (!failures.isEmpty()) throw new AssertionError("the well-behaved client failed", failures.getFirst());
        }
    }
}
