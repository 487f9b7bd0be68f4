package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.protocol.XError;

/**
 * Memory budgets on a display with small limits (4 MiB a client, 6 MiB in all, 1 MiB of unread output): what passes
 * a limit is BadAlloc or, for unread output, the client's disconnection; what is freed is given back; a request's
 * claimed length costs nothing until its bytes arrive. Requests go over a real socket in raw protocol.
 */
@Timeout(60)
class MemoryBudgetTest {
    private static final int BIG_REQUESTS = 133;
    private static final long MIB = 1 << 20;
    @TempDir
    Path dir;
    private XServer server;

    @BeforeEach
    void start() throws IOException {
        server = new XServer(new DisplayConfig(49, 320, 240, 24, null, false, false, null, dir.resolve("sockets"), dir,
            new MemoryLimits(4 * MIB, 6 * MIB, MIB)));
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private RawX11Client connect() throws IOException {
        return new RawX11Client(dir.resolve("sockets").resolve("X49"));
    }

    @Test
    void aPixmapPastTheClientsBudgetIsBadAllocAndASmallerOneIsMade() throws IOException {
        try (RawX11Client x = connect()) {
            createPixmap(x, x.idBase + 1, 1024, 1024); // 4 MiB of pixels and the object: past 4 MiB
            assertEquals(XError.ALLOC, error(x));
            createPixmap(x, x.idBase + 1, 512, 512);
            roundTrip(x);
            assertTrue(server.memory.used() >= MIB, "the pixmap is charged: " + server.memory.used());
        }
    }

    @Test
    void twoClientsPixmapsCannotPassTheDisplaysTotalUntilOneIsFreed() throws IOException {
        try (RawX11Client a = connect(); RawX11Client b = connect()) {
            createPixmap(a, a.idBase + 1, 1024, 768); // 3 MiB
            roundTrip(a);
            createPixmap(b, b.idBase + 1, 1024, 768);
            assertEquals(XError.ALLOC, error(b), "3 + 3 MiB and the objects pass the display's 6 MiB");
            a.write(le(8).put((byte) 54).put((byte) 0).putShort((short) 2).putInt(a.idBase + 1)); // FreePixmap
            roundTrip(a);
            createPixmap(b, b.idBase + 1, 1024, 768);
            roundTrip(b);
        }
    }

    @Test
    void aDepartedClientsPixmapsAreGivenBack() throws IOException {
        try (RawX11Client a = connect()) {
            createPixmap(a, a.idBase + 1, 1024, 768);
            roundTrip(a);
        }
        awaitUsedBelow(64 * 1024);
    }

    @Test
    void aClaimedBigRequestCostsOnlyTheBytesThatArrived() throws IOException, InterruptedException {
        try (RawX11Client x = connect()) {
            enableBigRequests(x);
            // PutImage claiming 16 MiB; 100 KiB of it is sent, then the client stalls.
            x.write(le(8).put((byte) 72).put((byte) 2).putShort((short) 0).putInt(4194303));
            x.write(le(100 * 1024));
            Thread.sleep(300);
            long used = server.memory.used();
            assertTrue(used <= 256 * 1024, "the display holds what arrived, not what was claimed: " + used);
        }
    }

    @Test
    void aBigRequestPastTheClientsBudgetIsBadAllocAndTheClientGoesOn() throws IOException {
        try (RawX11Client x = connect()) {
            enableBigRequests(x);
            createWindowAndGc(x);
            // PutImage 1024x1280 ZPixmap (5 MiB), sent whole: past the client's 4 MiB.
            int w = 1024, h = 1280, bytes = w * h * 4;
            x.write(le(28).put((byte) 72).put((byte) 2).putShort((short) 0).putInt((28 + bytes) / 4)
                .putInt(x.idBase + 1).putInt(x.idBase + 2).putShort((short) w).putShort((short) h)
                .putInt(0).put((byte) 0).put((byte) 24).putShort((short) 0));
            for (int sent = 0; sent < bytes; sent += 1 << 20) x.write(le(Math.min(1 << 20, bytes - sent)).position(Math.min(1 << 20, bytes - sent)));
            assertEquals(XError.ALLOC, error(x));
            roundTrip(x);
            assertTrue(server.memory.used() < 256 * 1024, "the request's buffer was given back: " + server.memory.used());
            // A big request that fits still runs.
            w = 256; h = 256; bytes = w * h * 4;
            x.write(le(28 + bytes).put((byte) 72).put((byte) 2).putShort((short) 0).putInt((28 + bytes) / 4)
                .putInt(x.idBase + 1).putInt(x.idBase + 2).putShort((short) w).putShort((short) h)
                .putInt(0).put((byte) 0).put((byte) 24).putShort((short) 0).position(28 + bytes));
            roundTrip(x);
        }
    }

    @Test
    void aClientThatDoesNotReadItsOutputIsDisconnectedAndItsBuffersGivenBack() throws Exception {
        try (RawX11Client greedy = connect(); RawX11Client good = connect()) {
            // GetImage of the whole 320x240 root (300 KiB a reply), never read.
            for (int i = 0; i < 64; i++) {
                greedy.write(le(20).put((byte) 73).put((byte) 2).putShort((short) 5).putInt(XServer.ROOT_WINDOW)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 320).putShort((short) 240).putInt(-1));
            }
            roundTrip(good);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.clients().size() > 1 && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(1, server.clients().size(), "the client that does not read was disconnected");
            roundTrip(good);
            awaitUsedBelow(64 * 1024);
        }
    }

    @Test
    void aGetImageLargerThanTheOutputLimitIsBadAlloc() throws IOException {
        try (RawX11Client x = connect()) {
            createPixmap(x, x.idBase + 1, 1024, 512); // 2 MiB: its image is past the 1 MiB of unread output
            x.write(le(20).put((byte) 73).put((byte) 2).putShort((short) 5).putInt(x.idBase + 1)
                .putShort((short) 0).putShort((short) 0).putShort((short) 1024).putShort((short) 512).putInt(-1));
            assertEquals(XError.ALLOC, error(x));
            roundTrip(x);
        }
    }

    @Test
    void propertiesOnTheRootOutliveTheirClientsAndStillCountUntilDeleted() throws IOException {
        // While a property is stored its request is held too: 1.75 MiB twice fits a client's 4 MiB.
        int n = 7 * (int) MIB / 4;
        // A client staying connected keeps the server from resetting (which would delete the properties).
        try (RawX11Client keeper = connect()) {
            for (int atom : new int[] {31, 39}) { // STRING, WM_NAME: as name and type
                try (RawX11Client a = connect()) {
                    changeProperty(a, atom, n);
                    roundTrip(a);
                }
            }
            awaitUsedBelow(4 * MIB);
            assertTrue(server.memory.used() >= 2 * n, "the departed clients' properties count: " + server.memory.used());
            try (RawX11Client b = connect()) {
                changeProperty(b, 6, n);
                assertEquals(XError.ALLOC, error(b), "no room beside the two properties");
                b.write(le(12).put((byte) 19).put((byte) 0).putShort((short) 3).putInt(XServer.ROOT_WINDOW).putInt(31));
                roundTrip(b);
                changeProperty(b, 6, n);
                roundTrip(b);
            }
        }
    }

    @Test
    void atomsAreChargedForGoodButGivenBackWhenTheServerResets() throws IOException {
        long idle = server.memory.used();
        try (RawX11Client keeper = connect()) {
            try (RawX11Client a = connect()) {
                for (int i = 0; i < 2000; i++) internAtom(a, String.format("_SUMAC_ATOM_%04d", i));
                roundTrip(a);
            }
            roundTrip(keeper);
            assertTrue(server.memory.used() >= idle + 2000 * Atoms.memoryCost("_SUMAC_ATOM_0000"),
                "the departed client's atoms still count: " + server.memory.used());
        }
        // The last client left: the server resets, forgetting the atoms and their charges.
        awaitUsedBelow(idle + 64 * 1024);
        assertEquals(0, server.atoms.lookup("_SUMAC_ATOM_0000"));
    }

    private static void internAtom(RawX11Client x, String name) throws IOException {
        int pad = (4 - name.length() % 4) % 4;
        x.write(le(8 + name.length() + pad).put((byte) 16).put((byte) 0).putShort((short) ((8 + name.length() + pad) / 4))
            .putShort((short) name.length()).putShort((short) 0).put(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .put(new byte[pad]));
        x.reply();
    }

    @Test
    void aCursorFromABitmapPastTheClientsBudgetIsBadAlloc() throws IOException {
        try (RawX11Client x = connect()) {
            int bitmap = x.idBase + 1;
            x.write(le(16).put((byte) 53).put((byte) 1).putShort((short) 4).putInt(bitmap).putInt(XServer.ROOT_WINDOW)
                .putShort((short) 1024).putShort((short) 900)); // 3.5 MiB as a pixmap
            roundTrip(x);
            createCursor(x, x.idBase + 2, bitmap); // 1.75 MiB more: past 4 MiB
            assertEquals(XError.ALLOC, error(x));
            x.write(le(16).put((byte) 53).put((byte) 1).putShort((short) 4).putInt(x.idBase + 3).putInt(XServer.ROOT_WINDOW)
                .putShort((short) 64).putShort((short) 64));
            createCursor(x, x.idBase + 2, x.idBase + 3);
            roundTrip(x);
        }
    }

    @Test
    void aClipMaskOfMillionsOfRectanglesIsBadAllocAndAPlainOneIsTaken() throws IOException {
        try (RawX11Client x = connect()) {
            int bitmap = x.idBase + 1, gc = x.idBase + 2;
            x.write(le(16).put((byte) 53).put((byte) 1).putShort((short) 4).putInt(bitmap).putInt(XServer.ROOT_WINDOW)
                .putShort((short) 1024).putShort((short) 256)); // 1 MiB as a pixmap
            x.write(le(16).put((byte) 55).put((byte) 0).putShort((short) 4).putInt(gc).putInt(bitmap).putInt(0));
            // PutImage XYBitmap of alternate pixels: 512 runs a row, 128 Ki rectangles as a region (~6 MiB built).
            int bytes = 1024 / 8 * 256;
            ByteBuffer put = le(24 + bytes).put((byte) 72).put((byte) 0).putShort((short) ((24 + bytes) / 4)).putInt(bitmap)
                .putInt(gc).putShort((short) 1024).putShort((short) 256).putInt(0).put((byte) 0).put((byte) 1).putShort((short) 0);
            while (put.hasRemaining()) put.put((byte) 0x55);
            x.write(put);
            roundTrip(x);
            int other = x.idBase + 3;
            x.write(le(16).put((byte) 55).put((byte) 0).putShort((short) 4).putInt(other).putInt(XServer.ROOT_WINDOW).putInt(0));
            x.write(le(16).put((byte) 56).put((byte) 0).putShort((short) 4).putInt(other).putInt(1 << 19).putInt(bitmap));
            assertEquals(XError.ALLOC, error(x));
            // The same bitmap all set is one rectangle.
            x.write(le(16).put((byte) 56).put((byte) 0).putShort((short) 4).putInt(gc).putInt(0x4).putInt(1));
            x.write(le(20).put((byte) 70).put((byte) 0).putShort((short) 5).putInt(bitmap).putInt(gc)
                .putShort((short) 0).putShort((short) 0).putShort((short) 1024).putShort((short) 256));
            x.write(le(16).put((byte) 56).put((byte) 0).putShort((short) 4).putInt(other).putInt(1 << 19).putInt(bitmap));
            roundTrip(x);
        }
    }

    @Test
    void clipRectanglesAreChargedWhileTheGcHoldsThem() throws IOException {
        try (RawX11Client x = connect()) {
            enableBigRequests(x);
            int gc = x.idBase + 1;
            x.write(le(16).put((byte) 55).put((byte) 0).putShort((short) 4).putInt(gc).putInt(XServer.ROOT_WINDOW).putInt(0));
            setClipRectangles(x, gc, 300_000); // 4.6 MiB as a region: past the client's 4 MiB
            assertEquals(XError.ALLOC, error(x));
            roundTrip(x);
            long before = server.memory.used();
            setClipRectangles(x, gc, 100_000); // 1.5 MiB
            roundTrip(x);
            long holding = server.memory.used();
            assertTrue(holding - before >= 1_500_000, "the clip is charged: " + (holding - before));
            x.write(le(8).put((byte) 60).put((byte) 0).putShort((short) 2).putInt(gc)); // FreeGC
            roundTrip(x);
            assertTrue(holding - server.memory.used() >= 1_500_000, "freeing the GC gave it back");
        }
    }

    @Test
    void eventsHeldByAFrozenPointerStopAtTheirLimit() throws IOException {
        // Its own display with the default limits: the replay below is 2 MiB of events at once.
        try (XServer big = new XServer(new DisplayConfig(50, 320, 240, 24, null, false, false, null,
                dir.resolve("sockets"), dir))) {
            big.start();
            try (RawX11Client x = new RawX11Client(dir.resolve("sockets").resolve("X50"))) {
                // GrabPointer on the root, PointerMotion, pointer Synchronous: the pointer freezes.
                x.write(le(24).put((byte) 26).put((byte) 0).putShort((short) 6).putInt(XServer.ROOT_WINDOW)
                    .putShort((short) 0x40).put((byte) 0).put((byte) 1).putInt(0).putInt(0).putInt(0));
                x.reply();
                int fakes = 70_000;
                for (int i = 0; i < fakes; i++) { // XTEST FakeInput MotionNotify, back and forth
                    x.write(le(36).put((byte) 132).put((byte) 2).putShort((short) 9).put((byte) 6).put((byte) 0)
                        .putShort((short) 0).putInt(0).putInt(0).putLong(0).putShort((short) (10 + i % 2))
                        .putShort((short) 10).position(36));
                }
                x.write(le(8).put((byte) 35).put((byte) 0).putShort((short) 2).putInt(0)); // AllowEvents AsyncPointer
                x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1));
                int motions = 0;
                while (true) {
                    ByteBuffer m = x.read(32);
                    if (m.get(0) == 1) break;
                    assertTrue(m.get(0) != 0, "no error");
                    if ((m.get(0) & 0x7f) == 6) motions++;
                }
                assertTrue(motions > 60_000 && motions <= 65_536, "held events are capped: " + motions);
            }
        }
    }

    @Test
    void aChargeThatPassesAnEnclosingBudgetIsTakenNowhere() {
        MemoryBudget display = new MemoryBudget(100, null), client = new MemoryBudget(80, display), other = new MemoryBudget(80, display);
        client.charge(60);
        assertThrows(XError.class, () -> other.charge(50));
        assertEquals(0, other.used());
        assertEquals(60, display.used());
        assertThrows(XError.class, () -> client.charge(30));
        client.release(60);
        other.charge(50);
        assertEquals(50, display.used());
    }

    // ---- requests ---------------------------------------------------------------------------------

    /** SetClipRectangles as a big request: n separate 1x1 rectangles, every other pixel of rows 1000 wide. */
    private static void setClipRectangles(RawX11Client x, int gc, int n) throws IOException {
        int len = 16 + 8 * n;
        ByteBuffer b = le(len).put((byte) 59).put((byte) 0).putShort((short) 0).putInt(len / 4).putInt(gc)
            .putShort((short) 0).putShort((short) 0);
        for (int i = 0; i < n; i++) {
            b.putShort((short) (i % 1000 * 2)).putShort((short) (i / 1000 * 2)).putShort((short) 1).putShort((short) 1);
        }
        x.write(b);
    }

    /** CreateCursor from a bitmap (its own mask), hot spot at 0,0. */
    private static void createCursor(RawX11Client x, int id, int bitmap) throws IOException {
        x.write(le(32).put((byte) 93).put((byte) 0).putShort((short) 8).putInt(id).putInt(bitmap).putInt(bitmap)
            .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) -1).putShort((short) -1)
            .putShort((short) -1).putShort((short) 0).putShort((short) 0));
    }

    private static void createPixmap(RawX11Client x, int id, int w, int h) throws IOException {
        x.write(le(16).put((byte) 53).put((byte) 24).putShort((short) 4).putInt(id).putInt(XServer.ROOT_WINDOW)
            .putShort((short) w).putShort((short) h));
    }

    /** Window idBase+1 (100x100, unmapped) and GC idBase+2 on it. */
    private static void createWindowAndGc(RawX11Client x) throws IOException {
        x.write(le(32).put((byte) 1).put((byte) 0).putShort((short) 8).putInt(x.idBase + 1).putInt(XServer.ROOT_WINDOW)
            .putShort((short) 0).putShort((short) 0).putShort((short) 100).putShort((short) 100)
            .putShort((short) 0).putShort((short) 1).putInt(0).putInt(0));
        x.write(le(16).put((byte) 55).put((byte) 0).putShort((short) 4).putInt(x.idBase + 2).putInt(x.idBase + 1).putInt(0));
    }

    /** ChangeProperty (Replace) on the root as a big request: n bytes of format 8, name and type the given atom. */
    private static void changeProperty(RawX11Client x, int atom, int n) throws IOException {
        enableBigRequests(x);
        int len = 28 + ((n + 3) & ~3);
        x.write(le(len).put((byte) 18).put((byte) 0).putShort((short) 0).putInt(len / 4).putInt(XServer.ROOT_WINDOW)
            .putInt(atom).putInt(atom).put((byte) 8).put((byte) 0).putShort((short) 0).putInt(n).position(len));
    }

    private static void enableBigRequests(RawX11Client x) throws IOException {
        x.write(le(4).put((byte) BIG_REQUESTS).put((byte) 0).putShort((short) 1));
        x.reply();
    }

    /** GetInputFocus and its reply: every request before it has run without an error. */
    private static void roundTrip(RawX11Client x) throws IOException {
        x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1));
        x.reply();
    }

    /** The error code of the next error, skipping events; a reply first fails the test. */
    private static int error(RawX11Client x) throws IOException {
        while (true) {
            ByteBuffer head = x.read(32);
            int kind = head.get(0) & 0xff;
            assertTrue(kind != 1, "a reply where an error was expected");
            if (kind == 0) return head.get(1) & 0xff;
        }
    }

    private void awaitUsedBelow(long bytes) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.memory.used() >= bytes && System.nanoTime() < deadline) Thread.onSpinWait();
        assertTrue(server.memory.used() < bytes, "memory given back: " + server.memory.used() + " bytes still charged");
    }
}
