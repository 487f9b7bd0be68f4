package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.port.SelectionBridge;
import org.sumac.x11.port.SelectionBridge.Selection;

/** The selection bridge as X clients meet it: an owner of CLIPBOARD that answers with INCR, and gives it up. */
@Timeout(60)
class BridgedSelectionsTest {
    @TempDir
    Path dir;
    private XServer server;

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile byte[] remoteData;

    private final SelectionBridge remote = new SelectionBridge() {
        @Override
        public void xOwnerChanged(Selection selection, List<String> mimeTypes) { }

        @Override
        public void xRequests(Selection selection, String mimeType, Consumer<byte[]> reply) {
            asked.add(selection + " " + mimeType);
            reply.accept(remoteData);
        }
    };

    @BeforeEach
    void create() throws IOException {
        server = new XServer(DisplayConfig.of(48).withSize(64, 48, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
    }

    @AfterEach
    void close() {
        server.close();
    }

    private RawX11Client connect() throws IOException {
        return new RawX11Client(dir.resolve("sockets").resolve("X48"));
    }

    @Test
    void anXClientReadsTheRemoteClipboardInIncrChunksByteForByte() throws IOException {
        byte[] data = new byte[BridgedSelections.INCR_CHUNK * 2 + 12345];
        for (int i = 0; i < data.length; i++) data[i] = (byte) ("Grüße ✓\n".getBytes(StandardCharsets.UTF_8)[i % 12]);
        remoteData = data;
        SelectionBridge.Local local = ((Port) server.port()).bridgeSelections(remote, Duration.ofSeconds(5));
        local.remoteOwns(Selection.CLIPBOARD, List.of(SelectionBridge.TEXT));
        try (RawX11Client x = connect()) {
            int clipboard = intern(x, "CLIPBOARD"), utf8 = intern(x, "UTF8_STRING"), incr = intern(x, "INCR");
            int property = intern(x, "PASTED");
            awaitOwner(x, clipboard, BridgedSelections.WINDOW_ID);
            int window = window(x, 0x400000); // PropertyChange
            x.write(le(24).put((byte) 24).put((byte) 0).putShort((short) 6).putInt(window).putInt(clipboard)
                .putInt(utf8).putInt(property).putInt(0));
            ByteBuffer notify = event(x, 31);
            assertEquals(property, notify.getInt(20), "SelectionNotify's property (not None: converted)");
            ByteBuffer first = getProperty(x, window, property);
            assertEquals(incr, first.getInt(8), "a transfer this large is INCR");
            assertEquals(data.length, first.getInt(32), "INCR's size");
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int chunks = 0;
            while (true) {
                awaitNewValue(x, property);
                ByteBuffer chunk = getProperty(x, window, property);
                assertEquals(utf8, chunk.getInt(8), "chunk type");
                int n = chunk.getInt(16);
                if (n == 0) break;
                byte[] bytes = new byte[n];
                chunk.get(32, bytes);
                got.writeBytes(bytes);
                chunks++;
            }
            assertArrayEquals(data, got.toByteArray(), "the remote side's bytes");
            assertEquals(3, chunks, "chunks of at most " + BridgedSelections.INCR_CHUNK);
            assertEquals(List.of("CLIPBOARD " + SelectionBridge.TEXT), asked);
            local.close();
            awaitOwner(x, clipboard, 0);
        }
    }

    @Test
    void aRequestTheRemoteSideRefusesIsAnsweredWithPropertyNone() throws IOException {
        remoteData = null;
        SelectionBridge.Local local = ((Port) server.port()).bridgeSelections(remote, Duration.ofSeconds(5));
        local.remoteOwns(Selection.PRIMARY, List.of(SelectionBridge.TEXT));
        try (RawX11Client x = connect()) {
            int string = 31, property = intern(x, "PASTED");
            awaitOwner(x, 1, BridgedSelections.WINDOW_ID);
            int window = window(x, 0);
            x.write(le(24).put((byte) 24).put((byte) 0).putShort((short) 6).putInt(window).putInt(1)
                .putInt(string).putInt(property).putInt(0));
            assertEquals(0, event(x, 31).getInt(20), "property None: refused");
        }
        local.close();
    }

    @Test
    void theRemoteSideReadsAnXOwnersIncrTransferAndIsToldItsTypes() throws Exception {
        List<String> owners = new CopyOnWriteArrayList<>();
        SelectionBridge watching = new SelectionBridge() {
            @Override
            public void xOwnerChanged(Selection selection, List<String> mimeTypes) {
                owners.add(selection + " " + mimeTypes);
            }

            @Override
            public void xRequests(Selection selection, String mimeType, Consumer<byte[]> reply) {
                reply.accept(null);
            }
        };
        SelectionBridge.Local local = ((Port) server.port()).bridgeSelections(watching, Duration.ofSeconds(5));
        byte[] data = new byte[3 * 100_000 + 7];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + (i >> 9));
        try (RawX11Client x = connect()) {
            int clipboard = intern(x, "CLIPBOARD"), utf8 = intern(x, "UTF8_STRING"), incr = intern(x, "INCR");
            int targets = intern(x, "TARGETS");
            int window = window(x, 0);
            x.write(le(16).put((byte) 22).put((byte) 0).putShort((short) 4).putInt(window).putInt(clipboard).putInt(0));
            // the bridge asks for TARGETS
            ByteBuffer ask = event(x, 30);
            assertEquals(targets, ask.getInt(20), "the bridge's first question");
            int requestor = ask.getInt(12);
            changeProperty(x, 0, requestor, ask.getInt(24), 4, 32, le(8).putInt(targets).putInt(utf8).array());
            selectionNotify(x, ask);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (owners.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(List.of("CLIPBOARD [" + SelectionBridge.TEXT + "]"), owners);

            java.util.concurrent.CompletableFuture<byte[]> got = new java.util.concurrent.CompletableFuture<>();
            local.requestFromX(Selection.CLIPBOARD, SelectionBridge.TEXT, 1 << 20, got::complete);
            ask = event(x, 30);
            assertEquals(utf8, ask.getInt(20), "the data's target");
            int property = ask.getInt(24);
            // ICCCM INCR: watch the requestor's property, announce the size, then a chunk per deletion
            x.write(le(16).put((byte) 2).put((byte) 0).putShort((short) 4).putInt(requestor).putInt(0x800)
                .putInt(0x400000));
            changeProperty(x, 0, requestor, property, incr, 32, le(4).putInt(data.length).array());
            selectionNotify(x, ask);
            int sent = 0, chunks = 0;
            while (true) {
                awaitDeleted(x, property);
                int n = Math.min(100_000, data.length - sent);
                changeProperty(x, 0, requestor, property, utf8, 8, java.util.Arrays.copyOfRange(data, sent, sent + n));
                sent += n;
                chunks++;
                if (n == 0) break;
            }
            assertArrayEquals(data, got.get(10, java.util.concurrent.TimeUnit.SECONDS), "the owner's bytes");
            assertEquals(5, chunks, "four chunks and the empty end");
            assertEquals(0, ((BridgedSelections) local).inFlight(), "nothing left in flight");
        }
        local.close();
    }

    @Test
    void anXOwnerThatNeverAnswersIsRefusedAfterTheTimeout() throws Exception {
        List<String> owners = new CopyOnWriteArrayList<>();
        SelectionBridge watching = new SelectionBridge() {
            @Override
            public void xOwnerChanged(Selection selection, List<String> mimeTypes) {
                owners.add(selection + " " + mimeTypes);
            }

            @Override
            public void xRequests(Selection selection, String mimeType, Consumer<byte[]> reply) {
                reply.accept(null);
            }
        };
        SelectionBridge.Local local = ((Port) server.port()).bridgeSelections(watching, Duration.ofMillis(500));
        try (RawX11Client x = connect()) {
            int targets = intern(x, "TARGETS"), png = intern(x, "image/png");
            int window = window(x, 0);
            x.write(le(16).put((byte) 22).put((byte) 0).putShort((short) 4).putInt(window).putInt(1).putInt(0));
            ByteBuffer ask = event(x, 30);
            changeProperty(x, 0, ask.getInt(12), ask.getInt(24), 4, 32, le(8).putInt(targets).putInt(png).array());
            selectionNotify(x, ask);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (owners.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(List.of("PRIMARY [image/png]"), owners);
            java.util.concurrent.CompletableFuture<byte[]> got = new java.util.concurrent.CompletableFuture<>();
            long t0 = System.nanoTime();
            local.requestFromX(Selection.PRIMARY, "image/png", 1 << 20, got::complete);
            assertEquals(png, event(x, 30).getInt(20), "asked for the image, never answered");
            assertEquals(null, got.get(10, java.util.concurrent.TimeUnit.SECONDS), "refused");
            assertTrue(System.nanoTime() - t0 >= 400_000_000L, "after the timeout");
            assertEquals(0, ((BridgedSelections) local).inFlight(), "nothing left in flight");
        }
        local.close();
    }

    private static void changeProperty(RawX11Client x, int mode, int window, int property, int type, int format,
            byte[] data) throws IOException {
        int padded = (data.length + 3) & ~3;
        x.write(le(24 + padded).put((byte) 18).put((byte) mode).putShort((short) (6 + padded / 4)).putInt(window)
            .putInt(property).putInt(type).put((byte) format).put(new byte[3]).putInt(data.length / (format / 8))
            .put(data).put(new byte[padded - data.length]));
    }

    /** The owner's SendEvent of SelectionNotify answering a SelectionRequest. */
    private static void selectionNotify(RawX11Client x, ByteBuffer ask) throws IOException {
        x.write(le(44).put((byte) 25).put((byte) 0).putShort((short) 11).putInt(ask.getInt(12)).putInt(0)
            .put((byte) 31).put((byte) 0).putShort((short) 0).putInt(ask.getInt(4)).putInt(ask.getInt(12))
            .putInt(ask.getInt(16)).putInt(ask.getInt(20)).putInt(ask.getInt(24)).put(new byte[8]));
    }

    private static void awaitDeleted(RawX11Client x, int property) throws IOException {
        while (true) {
            ByteBuffer e = event(x, 28);
            if (e.getInt(8) == property && e.get(16) == 1) return;
        }
    }

    // ---- raw requests -----------------------------------------------------------------------------------------

    private static int intern(RawX11Client x, String name) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.ISO_8859_1);
        int padded = (n.length + 3) & ~3;
        x.write(le(8 + padded).put((byte) 16).put((byte) 0).putShort((short) (2 + padded / 4))
            .putShort((short) n.length).putShort((short) 0).put(n).put(new byte[padded - n.length]));
        return x.reply().getInt(8);
    }

    private static void awaitOwner(RawX11Client x, int selection, int expected) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            x.write(le(8).put((byte) 23).put((byte) 0).putShort((short) 2).putInt(selection));
            int owner = x.reply().getInt(8);
            if (owner == expected) return;
            assertTrue(System.nanoTime() < deadline, "owner 0x" + Integer.toHexString(owner));
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int window(RawX11Client x, int eventMask) throws IOException {
        int window = x.idBase + 1;
        x.write(le(36).put((byte) 1).put((byte) 0).putShort((short) 9).putInt(window).putInt(XServer.ROOT_WINDOW)
            .putShort((short) 0).putShort((short) 0).putShort((short) 10).putShort((short) 10)
            .putShort((short) 0).putShort((short) 1).putInt(0).putInt(0x800).putInt(eventMask));
        return window;
    }

    /** GetProperty with delete, the whole value: the reply (type at 8, length in units at 16, data from 32). */
    private static ByteBuffer getProperty(RawX11Client x, int window, int property) throws IOException {
        x.write(le(24).put((byte) 20).put((byte) 1).putShort((short) 6).putInt(window).putInt(property).putInt(0)
            .putInt(0).putInt(Integer.MAX_VALUE / 4));
        return x.reply();
    }

    private static ByteBuffer event(RawX11Client x, int code) throws IOException {
        while (true) {
            ByteBuffer e = x.read(32);
            int kind = e.get(0) & 0x7f;
            assertTrue(kind != 0, () -> "X error " + (e.get(1) & 0xff));
            if (kind == code) return e;
        }
    }

    private static void awaitNewValue(RawX11Client x, int property) throws IOException {
        while (true) {
            ByteBuffer e = event(x, 28);
            if (e.getInt(8) == property && e.get(16) == 0) return;
        }
    }
}
