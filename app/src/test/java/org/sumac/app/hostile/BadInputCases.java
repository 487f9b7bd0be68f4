package org.sumac.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;

/**
 * Acceptance 4 of issue 2: bad input, byte by byte over the Unix socket. Every case runs on the reference
 * server ({@link XvfbBadInputTest}, which proves the expectations are real X server behaviour) and on Sumac
 * ({@link SumacBadInputTest}, which must behave the same). In every case a witness client, connected
 * before the hostile one, must keep working, and the server must stay up. Cases that take a byte order
 * run for an LSB-first ('l') and an MSB-first ('B') client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputCases {
    static final Duration TIMEOUT = Duration.ofSeconds(15); // generous: CI machines run many builds at once
    static final int BAD_REQUEST = 1;
    static final int BAD_VALUE = 2;
    static final int BAD_WINDOW = 3;
    static final int BAD_PIXMAP = 4;
    static final int BAD_MATCH = 8;
    static final int BAD_DRAWABLE = 9;
    static final int BAD_ALLOC = 11;
    static final int BAD_ID_CHOICE = 14;
    static final int BAD_LENGTH = 16;

    private XServerProcess server;
    private RawXConnection witness;

    /** Starts the server under test (Xvfb or Sumac), 320x240. */
    abstract XServerProcess startServer();

    @BeforeEach
    void connectWitness() {
        if (server == null || !server.isAlive()) {
            if (server != null) {
                closeQuietly(server); // a previous case killed it; that case has failed already
            }
            server = startServer();
        }
        witness = RawXConnection.connect(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT);
        witness.roundTrip();
    }

    @AfterEach
    void witnessStillWorks() {
        try {
            server.assertAlive();
            witness.roundTrip();
            // and a brand-new client can still connect and talk
            try (RawXConnection fresh = RawXConnection.connect(server.socketPath(), ByteOrder.BIG_ENDIAN, TIMEOUT)) {
                fresh.roundTrip();
            }
        } finally {
            witness.close();
        }
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static void closeQuietly(XServerProcess s) {
        try {
            s.close();
        } catch (AssertionError ignored) {
            // it had died: reported by the case that killed it
        }
    }

    XServerProcess server() {
        return server;
    }

    private RawXConnection hostile(ByteOrder order) {
        return RawXConnection.connect(server.socketPath(), order, TIMEOUT);
    }

    private static ByteOrder order(String name) {
        return name.equals("B") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    // ---- connection setup ----

    @Test
    void garbageAtSetupIsDropped() {
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            byte[] garbage = new byte[64];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = (byte) (i * 97 + 13);
            }
            garbage[0] = 0x00; // neither 'l' nor 'B'
            raw.send(garbage);
            assertTrue(raw.closedByServer(), "server keeps a client that sent garbage instead of a setup");
        }
    }

    @Test
    void wrongByteOrderByteIsDropped() {
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            byte[] setup = RawXConnection.setupRequest(ByteOrder.LITTLE_ENDIAN, 11, 0, "", new byte[0]);
            setup[0] = 'L';
            raw.send(setup);
            assertTrue(raw.closedByServer(), "server keeps a client with byte-order byte 'L'");
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void wrongProtocolVersionIsRefused(String byteOrder) {
        ByteOrder order = order(byteOrder);
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), order, TIMEOUT)) {
            raw.send(RawXConnection.setupRequest(order, 10, 0, "", new byte[0]));
            byte[] head = raw.readExactly(8);
            assertEquals(0, head[0], "setup with protocol 10 must get a Failed reply");
            assertTrue(raw.closedByServer());
        }
    }

    @Test
    void unknownAuthorizationIsIgnoredForLocalClientsWithoutAuthFile() {
        // Xvfb without -auth lets local clients in whatever authorization they offer (host-based access)
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            raw.send(RawXConnection.setupRequest(ByteOrder.LITTLE_ENDIAN, 11, 0, "NO-SUCH-AUTH", new byte[16]));
            byte[] head = raw.readExactly(8);
            assertEquals(1, head[0], "setup with an unknown authorization protocol and no -auth");
        }
    }

    @Test
    void truncatedSetupThenDisconnect() {
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            raw.send(new byte[] {'l', 0, 11, 0, 0});
        }
    }

    @Test
    void setupWhoseAuthLengthOverrunsStallsOnlyThatClient() {
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.BIG_ENDIAN, TIMEOUT)) {
            byte[] setup = new RawXConnection.Body(ByteOrder.BIG_ENDIAN).put8('B').put8(0).put16(11).put16(0)
                    .put16(0xFFFF).put16(0xFFFF).put16(0).putBytes(new byte[20]).bytes();
            raw.send(setup);
            witness.roundTrip(); // the server is not stuck waiting for the rest of that setup
        }
    }

    // ---- requests ----

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void requestCutOffByDisconnectDropsOnlyThatClient(String byteOrder) {
        RawXConnection x = hostile(order(byteOrder));
        try (x) {
            // PolyFillRectangle claiming 1000 words, of which only 12 bytes arrive
            x.send(x.body().put8(70).put8(0).put16(1000).putInt(x.setup().rootWindow()).putInt(0).bytes());
            witness.roundTrip(); // not blocked by the half-read request
        }
        witness.roundTrip();
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void disconnectInsideTheRequestHeader(String byteOrder) {
        RawXConnection x = hostile(order(byteOrder));
        try (x) {
            x.roundTrip();
            x.send(new byte[] {8, 0}); // half a MapWindow header
        }
    }

    @Test
    void manyHostileConnectionsLeakNoDescriptors() {
        int before = server.openFileDescriptors();
        for (int i = 0; i < 60; i++) {
            try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
                switch (i % 3) {
                    case 0 -> raw.send(new byte[] {'x', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
                    case 1 -> raw.send(new byte[] {'l', 0, 11});
                    default -> {
                        raw.send(RawXConnection.setupRequest(ByteOrder.LITTLE_ENDIAN, 11, 0, "", new byte[0]));
                        raw.readExactly(8);
                        raw.send(new byte[] {70, 0, (byte) 0xE8, 3, 1, 2});
                    }
                }
            }
        }
        witness.roundTrip();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int after = server.openFileDescriptors();
        while (after > before + 2 && System.nanoTime() < deadline) {
            sleep(50);
            after = server.openFileDescriptors();
        }
        assertTrue(after <= before + 2, "server descriptors grew from " + before + " to " + after
                + " after 60 dropped clients");
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void lengthTooShortIsBadLength(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            x.request(127, 0, new byte[0]); // NoOperation: the error below must carry sequence 3, not 1
            x.request(127, 0, new byte[0]);
            // MapWindow with no window id (length 1)
            x.expectError(BAD_LENGTH, x.request(8, 0, new byte[0]));
            // CreateWindow cut short (length 4 instead of 8)
            x.expectError(BAD_LENGTH, x.request(1, 24, x.body().putInt(x.newId()).putInt(x.setup().rootWindow())
                    .putInt(0).bytes()));
            // GetInputFocus with a spare word (length 2)
            x.expectError(BAD_LENGTH, x.request(43, 0, new byte[4]));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void valueListLongerThanRequestIsBadLength(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            // ChangeWindowAttributes on the root with value-mask naming 3 values but none sent
            x.expectError(BAD_LENGTH, x.request(2, 0, x.body().putInt(x.setup().rootWindow()).putInt(0x7).bytes()));
            // InternAtom whose name length overruns the request
            x.expectError(BAD_LENGTH, x.request(16, 0, x.body().put16(200).put16(0).putBytes("abcd".getBytes())
                    .bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void drawingWithAPartialItemOrAShortStringIsBadLength(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int gc = x.newId();
            x.request(55, 0, x.body().putInt(gc).putInt(root).putInt(0).bytes()); // CreateGC
            // PolySegment, PolyRectangle, PolyFillRectangle: one item and half of another
            for (int opcode : new int[] {66, 67, 70}) {
                x.expectError(BAD_LENGTH, x.request(opcode, 0, x.body().putInt(root).putInt(gc)
                        .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes()));
            }
            // PolyArc, PolyFillArc: one arc and a third of another
            for (int opcode : new int[] {68, 71}) {
                x.expectError(BAD_LENGTH, x.request(opcode, 0, x.body().putInt(root).putInt(gc)
                        .put16(0).put16(0).put16(5).put16(5).put16(0).put16(100).put16(1).put16(1).bytes()));
            }
            // ImageText8 announcing 9 characters with 4 sent: BadLength before the (missing) drawable
            x.expectError(BAD_LENGTH, x.request(76, 9, x.body().putInt(x.newId()).putInt(gc).put16(0).put16(0)
                    .putBytes("abcd".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).bytes()));
            // SetDashes announcing 8 dashes with 4 sent: BadLength before the (missing) GC
            x.expectError(BAD_LENGTH, x.request(58, 0, x.body().putInt(x.newId()).put16(0).put16(8)
                    .putBytes(new byte[] {1, 1, 1, 1}).bytes()));
            x.roundTrip();
        }
    }

    @Test
    void lengthZeroWithoutBigRequests() {
        try (RawXConnection x = hostile(ByteOrder.LITTLE_ENDIAN)) {
            x.send(x.body().put8(127).put8(0).put16(0).bytes());
            int seq = x.countRequest();
            x.expectError(BAD_LENGTH, seq);
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void bigRequestBeyondTheMaximumIsBadLength(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            byte[] name = "BIG-REQUESTS".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes()); // QueryExtension
            RawXConnection.Message query = x.readReplyOrError();
            assertEquals(1, query.bytes()[8], "BIG-REQUESTS present");
            int major = query.bytes()[9] & 0xFF;
            x.request(major, 0, new byte[0]); // BigReqEnable
            RawXConnection.Message enable = x.readReplyOrError();
            int maximum = enable.card32(8);
            assertTrue(maximum >= 65536, "big request maximum " + maximum);
            // PolyPoint with length 0 and an extended length one word over the maximum, then nothing more
            x.send(x.body().put8(64).put8(0).put16(0).putInt(maximum + 1).putInt(x.setup().rootWindow()).bytes());
            x.expectError(BAD_LENGTH, x.countRequest());
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void unknownOpcodesAreBadRequest(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            for (int opcode : new int[] {0, 120, 126, 250, 255}) {
                RawXConnection.Message error = x.expectError(BAD_REQUEST, x.request(opcode, 7, new byte[8]));
                assertEquals(opcode, error.majorOpcode(), "major opcode in the error");
            }
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void badValues(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            // SetCloseDownMode 7
            RawXConnection.Message e = x.expectError(BAD_VALUE, x.request(112, 7, new byte[0]));
            assertEquals(7, e.badValue());
            // CreateWindow with class 5
            x.expectError(BAD_VALUE, x.request(1, 0, createWindow(x, x.newId(), 10, 10, 0, 5)));
            // CreatePixmap with width 0
            e = x.expectError(BAD_VALUE, x.request(53, 24, x.body().putInt(x.newId()).putInt(x.setup().rootWindow())
                    .put16(0).put16(10).bytes()));
            assertEquals(0, e.badValue());
            // CreatePixmap of depth 7, which the screen does not support
            e = x.expectError(BAD_VALUE, x.request(53, 7, x.body().putInt(x.newId()).putInt(x.setup().rootWindow())
                    .put16(10).put16(10).bytes()));
            assertEquals(7, e.badValue());
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void badResources(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int bogus = x.setup().resourceIdBase() | 0x1234;
            RawXConnection.Message e = x.expectError(BAD_WINDOW, x.request(8, 0, x.body().putInt(bogus).bytes()));
            assertEquals(bogus, e.badValue());
            assertEquals(8, e.majorOpcode());
            e = x.expectError(BAD_WINDOW, x.request(4, 0, x.body().putInt(0).bytes())); // DestroyWindow None
            assertEquals(0, e.badValue());
            e = x.expectError(BAD_DRAWABLE, x.request(14, 0, x.body().putInt(bogus).bytes())); // GetGeometry
            assertEquals(bogus, e.badValue());
            e = x.expectError(BAD_PIXMAP, x.request(54, 0, x.body().putInt(bogus).bytes())); // FreePixmap
            assertEquals(bogus, e.badValue());
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void badMatch(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            // an InputOnly window with a border
            x.expectError(BAD_MATCH, x.request(1, 0, createWindow(x, x.newId(), 10, 10, 3, 2)));
            // CreateWindow of depth 24 with visual of depth 24 but class InputOnly and depth 24 is BadMatch
            x.expectError(BAD_MATCH, x.request(1, 24, createWindow(x, x.newId(), 10, 10, 0, 2)));
            // CopyArea from a depth-1 pixmap to the depth-24 root
            int bitmap = x.newId();
            x.request(53, 1, x.body().putInt(bitmap).putInt(x.setup().rootWindow()).put16(8).put16(8).bytes());
            int gc = x.newId();
            x.request(55, 0, x.body().putInt(gc).putInt(x.setup().rootWindow()).putInt(0).bytes());
            x.expectError(BAD_MATCH, x.request(62, 0, x.body().putInt(bitmap).putInt(x.setup().rootWindow())
                    .putInt(gc).put16(0).put16(0).put16(0).put16(0).put16(8).put16(8).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void badAlloc(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            // a pixmap wider than the protocol's 32767 limit
            x.expectError(BAD_ALLOC, x.request(53, 24, x.body().putInt(x.newId()).putInt(x.setup().rootWindow())
                    .put16(40000).put16(10).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void badIdChoice(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            // an id outside this client's range
            int foreign = (x.setup().resourceIdBase() ^ 0x00200000) | 5;
            RawXConnection.Message e = x.expectError(BAD_ID_CHOICE, x.request(53, 24, x.body().putInt(foreign)
                    .putInt(root).put16(4).put16(4).bytes()));
            assertEquals(foreign, e.badValue());
            // an id already in use
            int id = x.newId();
            x.request(53, 24, x.body().putInt(id).putInt(root).put16(4).put16(4).bytes());
            e = x.expectError(BAD_ID_CHOICE, x.request(55, 0, x.body().putInt(id).putInt(root).putInt(0).bytes()));
            assertEquals(id, e.badValue());
            x.roundTrip();
        }
    }

    @Test
    void errorsKeepSequenceNumbersAcrossManyRequests() {
        try (RawXConnection x = hostile(ByteOrder.BIG_ENDIAN)) {
            List<Integer> errorSequences = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                if (i % 37 == 5) {
                    errorSequences.add(x.request(8, 0, x.body().putInt(0x0bad0000 | i).bytes()));
                } else {
                    x.request(127, 0, new byte[0]);
                }
            }
            for (int seq : errorSequences) {
                x.expectError(BAD_WINDOW, seq);
            }
            RawXConnection.Message reply = x.roundTrip();
            assertEquals(301, reply.sequence());
        }
    }

    @Test
    void xdpyinfoWorksWhileAHostileClientHangs() {
        try (RawXConnection raw = RawXConnection.raw(server.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            raw.send(new byte[] {'l', 0, 11}); // a setup that never completes
            RawXConnection x = hostile(ByteOrder.LITTLE_ENDIAN);
            try (x) {
                x.send(x.body().put8(70).put8(0).put16(500).putInt(x.setup().rootWindow()).bytes()); // partial request
                XClients.Result info = XClients.run(server, Duration.ofSeconds(20), "xdpyinfo");
                info.assertSuccess();
                assertTrue(info.stdout().contains("screen #0"), info.stdout());
            }
        }
    }

    /**
     * Issue 19, point 4: the argument checks Xorg makes and a conformance run found missing. Each request is answered
     * by "ok" or its error (name, bad value where the protocol gives one); the lists are the same on both servers.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void argumentChecksAsXorgMakesThem(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            List<String> got = new ArrayList<>();
            // override-redirect (bit 9) and save-under (bit 10) take a BOOL: its byte must be 0 or 1
            got.add("override-redirect 2: " + answer(x, 2, 0, x.body().putInt(root).putInt(1 << 9).putInt(2).bytes()));
            got.add("save-under 3: " + answer(x, 2, 0, x.body().putInt(root).putInt(1 << 10).putInt(3).bytes()));
            got.add("override-redirect 0x101: " + answer(x, 2, 0, x.body().putInt(root).putInt(1 << 9).putInt(0x101)
                    .bytes()));
            got.add("create, save-under 2: " + answer(x, 1, 0, withAttribute(x, createWindow(x, x.newId(), 10, 10, 0, 1),
                    1 << 10, 2)));
            // colormap CopyFromParent: the root has no parent, and a window whose colormap was freed has none
            got.add("root colormap CopyFromParent: " + answer(x, 2, 0, x.body().putInt(root).putInt(1 << 13).putInt(0)
                    .bytes()));
            int cmap = x.newId();
            x.request(78, 0, x.body().putInt(cmap).putInt(root).putInt(x.setup().rootVisual()).bytes());
            int a = x.newId(), b = x.newId();
            x.request(1, 0, withAttribute(x, createWindow(x, a, 50, 50, 0, 1), 1 << 13, cmap));
            x.request(1, 0, x.body().putInt(b).putInt(a).put16(1).put16(1).put16(10).put16(10).put16(0).put16(1)
                    .putInt(0).putInt(0).bytes());
            x.request(79, 0, x.body().putInt(cmap).bytes()); // FreeColormap: a and b are left with None
            byte[] underA = x.body().putInt(x.newId()).putInt(a).put16(1).put16(1).put16(10).put16(10).put16(0)
                    .put16(1).putInt(0).putInt(0).bytes();
            got.add("create under a parent without colormap: " + answer(x, 1, 0, underA));
            got.add("and colormap CopyFromParent: " + answer(x, 1, 0, withAttribute(x, underA, 1 << 13, 0)));
            got.add("change to CopyFromParent there: " + answer(x, 2, 0, x.body().putInt(b).putInt(1 << 13).putInt(0)
                    .bytes()));
            // QueryBestSize checks its class before its drawable
            got.add("best size class 3, drawable None: " + answer(x, 97, 3, x.body().putInt(0).put16(8).put16(8)
                    .bytes()));
            int inputOnly = x.newId();
            x.request(1, 0, createWindow(x, inputOnly, 10, 10, 0, 2));
            got.add("best tile size of an InputOnly window: " + answer(x, 97, 1, x.body().putInt(inputOnly).put16(8)
                    .put16(8).bytes()));
            got.add("best cursor size of an InputOnly window: " + answer(x, 97, 0, x.body().putInt(inputOnly)
                    .put16(8).put16(8).bytes()).replaceAll("ok.*", "ok"));
            // InternAtom's only-if-exists and ClearArea's exposures are BOOLs too
            got.add("intern only-if-exists 2: " + answer(x, 16, 2, x.body().put16(7).put16(0)
                    .putBytes("PRIMARY".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).pad().bytes()));
            got.add("clear exposures 2: " + answer(x, 61, 2, x.body().putInt(root).putInt(0).putInt(0).bytes()));
            got.add("clear InputOnly, exposures 2: " + answer(x, 61, 2, x.body().putInt(inputOnly).putInt(0)
                    .putInt(0).bytes()));
            // ChangeHosts: a mode beyond Delete, a family the server does not know, an address of the wrong length
            got.add("hosts mode 2: " + answer(x, 109, 2, x.body().put8(0).put8(0).put16(4).putInt(0x0100007f)
                    .bytes()));
            got.add("hosts family 254: " + answer(x, 109, 1, x.body().put8(254).put8(0).put16(0).bytes()));
            got.add("hosts family 3: " + answer(x, 109, 1, x.body().put8(3).put8(0).put16(0).bytes()));
            got.add("hosts Internet, 3 bytes: " + answer(x, 109, 1, x.body().put8(0).put8(0).put16(3)
                    .putBytes(new byte[] {127, 0, 0}).pad().bytes()));
            got.add("hosts DECnet, 2 bytes: " + answer(x, 109, 1, x.body().put8(1).put8(0).put16(2)
                    .putBytes(new byte[] {1, 2}).pad().bytes()));
            // CreateGlyphCursor from the cursor font (XCreateFontCursor): shapes past its last glyph
            int font = x.newId();
            x.request(45, 0, x.body().putInt(font).put16(6).put16(0)
                    .putBytes("cursor".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).pad().bytes());
            for (int[] chars : new int[][] {{152, 153}, {154, 155}, {200, 201}, {0x100, 1}, {0, 0x101}}) {
                got.add("font cursor " + chars[0] + "/" + chars[1] + ": " + answer(x, 94, 0, x.body().putInt(x.newId())
                        .putInt(font).putInt(font).put16(chars[0]).put16(chars[1]).put16(0).put16(0).put16(0)
                        .put16(0xffff).put16(0xffff).put16(0xffff).bytes()));
            }
            // ReparentWindow: a ParentRelative background needs a parent of the window's depth
            int argb = argbVisual(x);
            if (argb != 0) {
                int argbMap = x.newId(), deep = x.newId(), relative = x.newId();
                x.request(78, 0, x.body().putInt(argbMap).putInt(root).putInt(argb).bytes());
                x.request(1, 32, x.body().putInt(deep).putInt(root).put16(1).put16(1).put16(20).put16(20).put16(0)
                        .put16(1).putInt(argb).putInt((1 << 3) | (1 << 13)).putInt(0).putInt(argbMap).bytes());
                x.request(1, 0, withAttribute(x, createWindow(x, relative, 10, 10, 0, 1), 1, 1)); // ParentRelative
                got.add("reparent ParentRelative to depth 32: " + answer(x, 7, 0, x.body().putInt(relative)
                        .putInt(deep).putInt(0).bytes()));
                got.add("reparent plain to depth 32: " + answer(x, 7, 0, x.body().putInt(a).putInt(deep).putInt(0)
                        .bytes()));
            } else {
                got.add("no depth-32 visual");
            }
            assertEquals(List.of("override-redirect 2: BadValue 2", "save-under 3: BadValue 3",
                    "override-redirect 0x101: ok", "create, save-under 2: BadValue 2",
                    "root colormap CopyFromParent: BadMatch", "create under a parent without colormap: BadMatch",
                    "and colormap CopyFromParent: BadMatch", "change to CopyFromParent there: BadMatch",
                    "best size class 3, drawable None: BadValue 3", "best tile size of an InputOnly window: BadMatch",
                    "best cursor size of an InputOnly window: ok", "intern only-if-exists 2: BadValue 2",
                    "clear exposures 2: BadValue 2", "clear InputOnly, exposures 2: BadMatch",
                    "hosts mode 2: BadValue 2", "hosts family 254: BadValue 254", "hosts family 3: BadValue 3",
                    "hosts Internet, 3 bytes: BadValue 3", "hosts DECnet, 2 bytes: BadValue 2",
                    "font cursor 152/153: ok", "font cursor 154/155: BadValue 154", "font cursor 200/201: BadValue 200",
                    "font cursor 256/1: BadValue 256", "font cursor 0/257: BadValue 257",
                    "reparent ParentRelative to depth 32: BadMatch", "reparent plain to depth 32: ok"), got);
            x.roundTrip();
        }
    }

    /**
     * Issue 13, XKEYBOARD: the requests Qt and xkbcomp make, with a device that is no keyboard (the core pointer: ids
     * of no device are XInput's BadDevice on Xorg, and Sumac offers no XInput yet), lengths one word off,
     * bad atoms, parts and ranges out of bounds. Each is answered by "ok" or its error, BadKeyboard named as such,
     * with the error's value (Xorg's packed check numbers) and minor opcode.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void xkbRequestsCheckDeviceLengthAndRangesAsXorg(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            byte[] name = "XKEYBOARD".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes());
            RawXConnection.Message query = x.readReplyOrError();
            int major = query.bytes()[9] & 0xff, badKeyboard = query.bytes()[11] & 0xff;
            x.request(major, 0, x.body().put16(1).put16(0).bytes()); // UseExtension 1.0
            x.readReplyOrError();
            List<String> got = new ArrayList<>();
            int core = 0x100;
            // GetMap: no such device; full and partial overlapping; key syms from keycode 7; types past the last
            got.add("map core pointer: " + xkb(x, major, badKeyboard, 8, getMap(x, 2, 0xff, 0, 0, 0, 0, 0)));
            got.add("map full&partial: " + xkb(x, major, badKeyboard, 8, getMap(x, core, 2, 2, 0, 0, 0, 0)));
            got.add("map syms 7..: " + xkb(x, major, badKeyboard, 8, getMap(x, core, 0, 2, 0, 0, 7, 2)));
            got.add("map syms ..256: " + xkb(x, major, badKeyboard, 8, getMap(x, core, 0, 2, 0, 0, 250, 7)));
            got.add("map types 20+20: " + xkb(x, major, badKeyboard, 8, getMap(x, core, 0, 1, 20, 20, 0, 0)));
            got.add("map short: " + xkb(x, major, badKeyboard, 8, x.body().put16(core).put16(0xff).put16(0).bytes()));
            // GetNames, GetCompatMap, GetIndicatorMap, GetControls: device and length
            got.add("names XkbUseCorePtr: " + xkb(x, major, badKeyboard, 17, x.body().put16(0x200).put16(0).putInt(1).bytes()));
            got.add("names long: " + xkb(x, major, badKeyboard, 17, x.body().put16(core).put16(0).putInt(1).putInt(0)
                    .bytes()));
            got.add("compat core pointer: " + xkb(x, major, badKeyboard, 10, x.body().put16(2).put8(0).put8(1).put16(0)
                    .put16(0).bytes()));
            got.add("compat 500 interpretations from 1: " + xkb(x, major, badKeyboard, 10, x.body().put16(core).put8(0)
                    .put8(0).put16(1).put16(500).bytes()));
            got.add("indicator map core pointer: " + xkb(x, major, badKeyboard, 13, x.body().put16(2).put16(0)
                    .putInt(-1).bytes()));
            got.add("controls short: " + xkb(x, major, badKeyboard, 6, new byte[0]));
            // GetDeviceInfo: features beyond those defined; LED class and id of no feedback
            got.add("device info wanted 0x7fff: " + xkb(x, major, badKeyboard, 24, deviceInfo(x, 0x7fff, 0x300, 0x400)));
            got.add("device info class 7: " + xkb(x, major, badKeyboard, 24, deviceInfo(x, 4, 7, 0x400)));
            got.add("device info id 0x401: " + xkb(x, major, badKeyboard, 24, deviceInfo(x, 4, 0x300, 0x401)));
            got.add("device info names: " + xkb(x, major, badKeyboard, 24, deviceInfo(x, 4, 0x300, 0x400)));
            // GetNamedIndicator: None, an atom that does not exist; GetGeometry: length, atom
            got.add("named indicator None: " + xkb(x, major, badKeyboard, 15, x.body().put16(core).put16(0x300)
                    .put16(0x400).put16(0).putInt(0).bytes()));
            got.add("named indicator 0x7777777: " + xkb(x, major, badKeyboard, 15, x.body().put16(core).put16(0x300)
                    .put16(0x400).put16(0).putInt(0x7777777).bytes()));
            got.add("named indicator PRIMARY: " + xkb(x, major, badKeyboard, 15, x.body().put16(core).put16(0x300)
                    .put16(0x400).put16(0).putInt(1).bytes()));
            got.add("geometry short: " + xkb(x, major, badKeyboard, 19, x.body().put16(core).put16(0).bytes()));
            got.add("geometry core pointer: " + xkb(x, major, badKeyboard, 19, x.body().put16(2).put16(0).putInt(0)
                    .bytes()));
            got.add("geometry atom 0x7777777: " + xkb(x, major, badKeyboard, 19, x.body().put16(core).put16(0)
                    .putInt(0x7777777).bytes()));
            assertEquals(List.of("map core pointer: BadKeyboard 0xfe000002", "map full&partial: BadMatch",
                    "map syms 7..: BadValue 0x6070008", "map syms ..256: BadValue 0x5fa07ff",
                    "map types 20+20: BadValue 0x41c1414", "map short: BadLength",
                    "names XkbUseCorePtr: BadKeyboard 0xfe000200", "names long: BadLength",
                    "compat core pointer: BadKeyboard 0xfe000002", "compat 500 interpretations from 1: BadValue 0x500007b",
                    "indicator map core pointer: BadKeyboard 0xfe000002", "controls short: BadLength",
                    "device info wanted 0x7fff: BadValue 0x1007fe1", "device info class 7: BadKeyboard 0xfe000007",
                    "device info id 0x401: BadKeyboard 0xfd000401", "device info names: ok",
                    "named indicator None: BadAtom 0x0", "named indicator 0x7777777: BadAtom 0x7777777",
                    "named indicator PRIMARY: ok", "geometry short: BadLength",
                    "geometry core pointer: BadKeyboard 0xfe000002", "geometry atom 0x7777777: BadAtom 0x7777777"), got);
            x.roundTrip();
        }
    }

    /**
     * Issue 13, XKEYBOARD, the requests that change the keymap (setxkbmap's GetKbdByName, xkbcomp's SetMap,
     * SetCompatMap, SetNames, SetGeometry): names that compile to nothing, a keymap by name, masks, lengths and key
     * ranges out of bounds. Nothing here changes the keymap; the display goes on.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void xkbRequestsThatChangeTheKeymapCheckAsXorg(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            byte[] name = "XKEYBOARD".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes());
            RawXConnection.Message query = x.readReplyOrError();
            int major = query.bytes()[9] & 0xff, badKeyboard = query.bytes()[11] & 0xff;
            List<String> got = new ArrayList<>();
            int core = 0x100;
            byte[] us = kbdByName(x, core, 0xff, 0xbf, 1, "", "evdev", "complete", "complete", "pc+us", "pc(pc105)");
            got.add("kbd by name before UseExtension: " + xkb(x, major, badKeyboard, 23, us));
            x.request(major, 0, x.body().put16(1).put16(0).bytes()); // UseExtension 1.0
            x.readReplyOrError();
            // a layout that does not exist: a reply that loaded nothing
            x.request(major, 23, kbdByName(x, core, 0xff, 0xbf, 1, "", "evdev+aliases(qwerty)", "complete",
                    "complete", "pc+nosuchlayout(nonsense)", "pc(pc105)"));
            RawXConnection.Message reply = x.readReplyOrError();
            got.add("kbd by name nosuchlayout: loaded " + reply.bytes()[10] + " found " + reply.card16(12)
                    + " reported " + reply.card16(14) + " length " + reply.card32(4));
            got.add("kbd by name keymap: " + xkb(x, major, badKeyboard, 23, kbdByName(x, core, 0xff, 0xbf, 1,
                    "pc+us", "", "", "", "", "")));
            got.add("kbd by name want 0x100: " + xkb(x, major, badKeyboard, 23, kbdByName(x, core, 0x1ff, 0, 0,
                    "", "", "", "", "", "")));
            got.add("kbd by name core pointer: " + xkb(x, major, badKeyboard, 23, kbdByName(x, 2, 0xff, 0, 0,
                    "", "", "", "", "", "")));
            got.add("kbd by name names past the end: " + xkb(x, major, badKeyboard, 23, x.body().put16(core).put16(0)
                    .put16(0).put8(0).put8(0).put8(0).put8(200).put8(0).put8(0).bytes()));
            // SetMap: parts beyond those defined; a keycode range from 7; key syms to 256; a width its type lacks;
            // a modifier map entry outside its range; one word short
            got.add("set map present 0x100: " + xkb(x, major, badKeyboard, 9, setMap(x, 0x102, 8, 255, 38, 0, 0, 0)
                    .bytes()));
            got.add("set map min keycode 7: " + xkb(x, major, badKeyboard, 9, setMap(x, 0, 7, 255, 0, 0, 0, 0).bytes()));
            RawXConnection.Body syms = setMap(x, 2, 8, 255, 250, 7, 0, 0);
            for (int i = 0; i < 7; i++) syms.putBytes(new byte[8]);
            got.add("set map syms 250+7: " + xkb(x, major, badKeyboard, 9, syms.bytes()));
            RawXConnection.Body wide = setMap(x, 2, 8, 255, 38, 1, 0, 0);
            wide.put8(0).put8(0).put8(0).put8(0).put8(1).put8(2).put16(2).putInt(0x61).putInt(0x41);
            got.add("set map one-level key of width 2: " + xkb(x, major, badKeyboard, 9, wide.bytes()));
            RawXConnection.Body modmap = setMap(x, 4, 8, 255, 0, 0, 38, 1);
            modmap.put8(39).put8(1).put16(0);
            got.add("set map modmap key 39 in 38..38: " + xkb(x, major, badKeyboard, 9, modmap.bytes()));
            RawXConnection.Body shortSyms = setMap(x, 2, 8, 255, 38, 1, 0, 0);
            shortSyms.put8(2).put8(0).put8(0).put8(0).put8(1).put8(2).put16(2).putInt(0x61);
            got.add("set map syms one word short: " + xkb(x, major, badKeyboard, 9, shortSyms.bytes()));
            // SetCompatMap from an interpretation past the last; SetNames: parts beyond those defined, the required
            // types' names, an atom that does not exist
            got.add("set compat from 1000: " + xkb(x, major, badKeyboard, 11, x.body().put16(core).put8(0).put8(0)
                    .put8(1).put8(0).put16(1000).put16(0).put16(0).bytes()));
            got.add("set names which 0x4000: " + xkb(x, major, badKeyboard, 18, setNames(x, 0x4000, 0, 0)
                    .bytes()));
            got.add("set names keycodes 0x7777777: " + xkb(x, major, badKeyboard, 18, setNames(x, 1, 0, 0)
                    .putInt(0x7777777).bytes()));
            got.add("set names type 0: " + xkb(x, major, badKeyboard, 18, setNames(x, 0x40, 0, 1).putInt(1).bytes()));
            got.add("set geometry short: " + xkb(x, major, badKeyboard, 20, x.body().put16(core).put8(0).put8(0)
                    .bytes()));
            assertEquals(List.of("kbd by name before UseExtension: BadAccess",
                    "kbd by name nosuchlayout: loaded 0 found 0 reported 0 length 0", "kbd by name keymap: BadMatch",
                    "kbd by name want 0x100: BadValue 0x1000100", "kbd by name core pointer: BadKeyboard 0xfe000002",
                    "kbd by name names past the end: BadLength", "set map present 0x100: BadValue 0x1000100",
                    "set map min keycode 7: BadValue 0x20700ff", "set map syms 250+7: BadValue 0x11fa07ff",
                    // Xorg checks SetMap's length before swapping each key's symbol count: from an MSB-first
                    // client, 2 symbols count as 0x200 and the request is one of the wrong length
                    "set map one-level key of width 2: " + (byteOrder.equals("l") ? "BadValue 0x16260002" : "BadLength"),
                    "set map modmap key 39 in 38..38: BadValue 0x63262627", "set map syms one word short: BadLength",
                    "set compat from 1000: BadValue 0x200007b", "set names which 0x4000: BadValue 0x1004000",
                    "set names keycodes 0x7777777: BadAtom 0x7777777", "set names type 0: BadAccess",
                    "set geometry short: BadLength"), got);
            x.roundTrip();
        }
    }

    /** GetKbdByName: device, need, want, load, then the keymap, keycodes, types, compat, symbols, geometry names. */
    private static byte[] kbdByName(RawXConnection x, int device, int want, int need, int load, String... names) {
        RawXConnection.Body b = x.body().put16(device).put16(need).put16(want).put8(load).put8(0);
        for (String n : names) b.put8(n.length()).putBytes(n.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return b.pad().bytes();
    }

    /** SetMap's 32 bytes: the core keyboard, parts present, keycode range, key syms and modifier map ranges. */
    private static RawXConnection.Body setMap(RawXConnection x, int present, int min, int max, int firstSym, int nSyms,
            int firstModMap, int nModMap) {
        return x.body().put16(0x100).put16(present).put16(0).put8(min).put8(max).put8(0).put8(0).put8(firstSym)
                .put8(nSyms).put16(0).put8(0).put8(0).put16(0).put8(0).put8(0).put8(0).put8(0).put8(0).put8(0)
                .put8(firstModMap).put8(nModMap).put8(nModMap).put8(0).put8(0).put8(0).put16(0);
    }

    /** SetNames' 24 bytes: the core keyboard, which, first type and count; then the atoms the caller adds. */
    private static RawXConnection.Body setNames(RawXConnection x, int which, int firstType, int nTypes) {
        return x.body().put16(0x100).put16(0).putInt(which).put8(firstType).put8(nTypes).put8(0).put8(0).putInt(0)
                .put8(0).put8(0).put8(0).put8(0).put8(0).put8(0).put16(0);
    }

    private static byte[] getMap(RawXConnection x, int device, int full, int partial, int firstType, int nTypes,
            int firstSym, int nSyms) {
        return x.body().put16(device).put16(full).put16(partial).put8(firstType).put8(nTypes).put8(firstSym)
                .put8(nSyms).putBytes(new byte[4]).put16(0).putBytes(new byte[8]).bytes();
    }

    private static byte[] deviceInfo(RawXConnection x, int wanted, int ledClass, int ledId) {
        return x.body().put16(0x100).put16(wanted).put8(0).put8(0).put8(0).put8(0).put16(ledClass).put16(ledId).bytes();
    }

    /** An XKB request's answer: "ok", or its error with its value (BadKeyboard by name) and the request's minor opcode checked. */
    private static String xkb(RawXConnection x, int major, int badKeyboard, int minor, byte[] body) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                assertEquals(minor, m.minorOpcode(), "minor opcode in " + m);
                String error = m.code() == badKeyboard ? "BadKeyboard" : RawXConnection.errorName(m.code());
                // Xorg leaves a stale value in errors that carry none (BadLength, BadMatch, BadAlloc)
                boolean hasValue = m.code() == badKeyboard || m.code() == BAD_VALUE || m.code() == 5;
                result = error + (hasValue ? " 0x" + Integer.toHexString(m.badValue()) : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR) {
                throw new AssertionError("unexpected " + m);
            }
        }
    }

    /**
     * Issue 19: drawing requests look their drawable up before their GC (Xorg's VALIDATE_DRAWABLE_AND_GC), copies
     * their destination and GC before their source, CreateGC its new id before its drawable, and SetClipRectangles
     * its ordering before its GC.
     */
    /**
     * RANDR (major 140 on both, errors from 147: BadOutput, BadCrtc, BadMode) with Xvfb's output 0x3c and CRTC
     * 0x3b: screen sizes of 0 or beyond any maximum, bad ids, lengths and arguments.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void randrBadInputAsXvfb(String byteOrder) {
        final int randr = 140, crtc = 0x3b, output = 0x3c, bogus = 0x7777;
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            List<String> got = new ArrayList<>();
            got.add("SetScreenSize 0: " + randrAnswer(x, 7, x.body().putInt(root).put16(0).put16(100).putInt(50)
                .putInt(50).bytes()));
            got.add("SetScreenSize 20000: " + randrAnswer(x, 7, x.body().putInt(root).put16(20000).put16(100)
                .putInt(50).putInt(50).bytes()));
            got.add("SetScreenSize height 0: " + randrAnswer(x, 7, x.body().putInt(root).put16(100).put16(0)
                .putInt(50).putInt(50).bytes()));
            got.add("SetScreenSize a word long: " + randrAnswer(x, 7, x.body().putInt(root).put16(100).put16(100)
                .putInt(50).putInt(50).putInt(0).bytes()));
            got.add("SetScreenSize bad window: " + randrAnswer(x, 7, x.body().putInt(bogus).put16(100).put16(100)
                .putInt(50).putInt(50).bytes()));
            got.add("GetOutputInfo bad output: " + randrAnswer(x, 9, x.body().putInt(bogus).putInt(0).bytes()));
            got.add("GetCrtcInfo bad crtc: " + randrAnswer(x, 20, x.body().putInt(bogus).putInt(0).bytes()));
            got.add("GetCrtcInfo the output: " + randrAnswer(x, 20, x.body().putInt(output).putInt(0).bytes()));
            got.add("SetCrtcConfig bad mode: " + randrAnswer(x, 21, x.body().putInt(crtc).putInt(0).putInt(0)
                .put16(0).put16(0).putInt(bogus).put16(1).put16(0).putInt(output).bytes()));
            got.add("SetCrtcConfig bad output: " + randrAnswer(x, 21, x.body().putInt(crtc).putInt(0).putInt(0)
                .put16(0).put16(0).putInt(0).put16(1).put16(0).putInt(bogus).bytes()));
            got.add("DestroyMode bad mode: " + randrAnswer(x, 17, x.body().putInt(bogus).bytes()));
            got.add("AddOutputMode bad output: " + randrAnswer(x, 18, x.body().putInt(bogus).putInt(bogus).bytes()));
            got.add("GetCrtcGamma bad crtc: " + randrAnswer(x, 23, x.body().putInt(bogus).bytes()));
            got.add("SetCrtcGamma size 2: " + randrAnswer(x, 24, x.body().putInt(crtc).put16(2).put16(0)
                .putInt(0).putInt(0).putInt(0).bytes()));
            got.add("SelectInput bad window: " + randrAnswer(x, 4, x.body().putInt(bogus).put16(1).put16(0).bytes()));
            got.add("SelectInput mask 0x100: " + randrAnswer(x, 4, x.body().putInt(root).put16(0x100).put16(0).bytes()));
            got.add("GetOutputProperty bad atom: " + randrAnswer(x, 15, x.body().putInt(output).putInt(bogus)
                .putInt(0).putInt(0).putInt(1).put8(0).put8(0).put16(0).bytes()));
            got.add("DeleteMonitor bad atom: " + randrAnswer(x, 44, x.body().putInt(root).putInt(bogus).bytes()));
            x.roundTrip();
            assertEquals(List.of("SetScreenSize 0: BadValue 0", "SetScreenSize 20000: BadValue 20000",
                "SetScreenSize height 0: BadValue 0", "SetScreenSize a word long: BadLength",
                "SetScreenSize bad window: BadWindow", "GetOutputInfo bad output: BadOutput",
                "GetCrtcInfo bad crtc: BadCrtc", "GetCrtcInfo the output: BadCrtc", "SetCrtcConfig bad mode: BadMode",
                "SetCrtcConfig bad output: BadMatch", "DestroyMode bad mode: BadMode",
                "AddOutputMode bad output: BadOutput", "GetCrtcGamma bad crtc: BadCrtc",
                "SetCrtcGamma size 2: BadMatch", "SelectInput bad window: BadWindow",
                "SelectInput mask 0x100: BadValue 256", "GetOutputProperty bad atom: BadAtom",
                "DeleteMonitor bad atom: BadAtom"), got);
        }
    }

    /** A RANDR request's answer: "ok", or its error (RANDR's by name; BadValue with its value). */
    private static String randrAnswer(RawXConnection x, int minor, byte[] body) {
        int seq = x.request(140, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                result = code >= 147 && code <= 150 ? List.of("BadOutput", "BadCrtc", "BadMode", "BadProvider")
                    .get(code - 147) : RawXConnection.errorName(code) + (code == BAD_VALUE ? " " + m.badValue() : "");
            } else if (m.sequence() == check && m.type() == RawXConnection.REPLY) {
                return result == null ? "ok" : result;
            }
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void drawingRequestsCheckTheirDrawableBeforeTheirGcAsXorg(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int badDrawable = 0x7f000001, badGc = 0x7f000002;
            List<String> got = new ArrayList<>();
            got.add("fill rectangle: " + answer(x, 70, 0, x.body().putInt(badDrawable).putInt(badGc).put16(0).put16(0)
                    .put16(1).put16(1).bytes()));
            got.add("fill polygon: " + answer(x, 69, 0, x.body().putInt(badDrawable).putInt(badGc).put8(0).put8(0)
                    .put16(0).bytes()));
            got.add("put image: " + answer(x, 72, 2, x.body().putInt(badDrawable).putInt(badGc).put16(1).put16(1)
                    .put16(0).put16(0).put8(0).put8(24).put16(0).putInt(0).bytes()));
            got.add("poly text: " + answer(x, 74, 0, x.body().putInt(badDrawable).putInt(badGc).put16(0).put16(0)
                    .bytes()));
            got.add("create GC, id 1: " + answer(x, 55, 0, x.body().putInt(1).putInt(badDrawable).putInt(0).bytes()));
            got.add("clip ordering 5: " + answer(x, 59, 5, x.body().putInt(badGc).put16(0).put16(0).bytes()));
            int badSource = 0x7f000003; // copies: the destination and the GC first, then the source
            got.add("copy area: " + answer(x, 62, 0, x.body().putInt(badSource).putInt(badDrawable).putInt(badGc)
                    .putInt(0).putInt(0).put16(1).put16(1).bytes()));
            got.add("copy plane: " + answer(x, 63, 0, x.body().putInt(badSource).putInt(badDrawable).putInt(badGc)
                    .putInt(0).putInt(0).put16(1).put16(1).putInt(1).bytes()));
            assertEquals(List.of("fill rectangle: BadDrawable " + badDrawable, "fill polygon: BadDrawable " + badDrawable,
                    "put image: BadDrawable " + badDrawable, "poly text: BadDrawable " + badDrawable,
                    "create GC, id 1: BadIDChoice 1", "clip ordering 5: BadValue 5",
                    "copy area: BadDrawable " + badDrawable, "copy plane: BadDrawable " + badDrawable), got);
            x.roundTrip();
        }
    }

    /**
     * Issue 19, point 3: SetPointerMapping and SetModifierMapping tell every client with MappingNotify, and the
     * requesting client gets it before the reply (Xorg sends it while applying the change).
     */
    @Test
    void mappingNotifyComesBeforeTheMappingReply() {
        try (RawXConnection x = hostile(ByteOrder.LITTLE_ENDIAN)) {
            x.request(117, 0, new byte[0]); // GetPointerMapping
            RawXConnection.Message map = x.readReplyOrError();
            int n = map.code();
            byte[] buttons = java.util.Arrays.copyOfRange(map.bytes(), 32, 32 + n);
            List<String> got = new ArrayList<>();
            got.add("pointer: " + messagesUntilReply(x, x.request(116, n, x.body().putBytes(buttons).pad().bytes())));
            x.request(119, 0, new byte[0]); // GetModifierMapping
            RawXConnection.Message mods = x.readReplyOrError();
            int per = mods.code();
            byte[] codes = java.util.Arrays.copyOfRange(mods.bytes(), 32, 32 + 8 * per);
            got.add("modifiers: " + messagesUntilReply(x, x.request(118, per, x.body().putBytes(codes).bytes())));
            assertEquals(List.of("pointer: [MappingNotify 2, reply 0]", "modifiers: [MappingNotify 0, reply 0]"), got);
            x.roundTrip();
        }
    }

    /** The messages up to the reply to {@code seq}: events by name and request field, then "reply" and its data byte. */
    /** XFIXES at Xvfb's major opcode: its errors (BadRegion 140, BadBarrier 141, core ones) as Xorg makes them. */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void xfixesRequestsFailAsOnXvfb(String byteOrder) {
        int xfixes = 138;
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int bogus = x.setup().resourceIdBase() | 0x1234;
            List<String> got = new ArrayList<>();
            // before QueryVersion only QueryVersion may be asked
            got.add("CreateRegion unversioned " + xfixesAnswer(x, xfixes, 5, x.body().putInt(x.newId()).bytes()));
            int seq = x.request(xfixes, 0, x.body().putInt(5).putInt(0).bytes());
            RawXConnection.Message version = x.readReplyOrError();
            got.add("QueryVersion " + (version.sequence() == seq ? version.card32(8) + "." + version.card32(12) : version));
            int region = x.newId();
            got.add("CreateRegion " + xfixesAnswer(x, xfixes, 5, x.body().putInt(region).put16(1).put16(2).put16(3)
                    .put16(4).bytes()));
            got.add("CreateRegion half a rectangle " + xfixesAnswer(x, xfixes, 5, x.body().putInt(x.newId())
                    .put16(1).put16(2).bytes()));
            got.add("CreateRegion taken id " + xfixesAnswer(x, xfixes, 5, x.body().putInt(region).bytes()));
            got.add("CreateRegion foreign id " + xfixesAnswer(x, xfixes, 5,
                    x.body().putInt(x.setup().resourceIdBase() ^ 0x00200000).bytes()));
            got.add("FetchRegion bogus " + xfixesAnswer(x, xfixes, 19, x.body().putInt(bogus).bytes()));
            got.add("FetchRegion a window " + xfixesAnswer(x, xfixes, 19, x.body().putInt(root).bytes()));
            got.add("DestroyRegion too long " + xfixesAnswer(x, xfixes, 10, x.body().putInt(region).putInt(0).bytes()));
            got.add("SetRegion bogus, half a rectangle " + xfixesAnswer(x, xfixes, 11, x.body().putInt(bogus)
                    .put16(1).put16(2).bytes()));
            got.add("UnionRegion bogus source " + xfixesAnswer(x, xfixes, 13, x.body().putInt(bogus).putInt(region)
                    .putInt(region).bytes()));
            got.add("InvertRegion bogus destination " + xfixesAnswer(x, xfixes, 16, x.body().putInt(region)
                    .put16(0).put16(0).put16(10).put16(10).putInt(bogus).bytes()));
            got.add("CreateRegionFromWindow kind 2 " + xfixesAnswer(x, xfixes, 7, x.body().putInt(x.newId())
                    .putInt(root).put8(2).put8(0).put16(0).bytes()));
            got.add("CreateRegionFromWindow bogus " + xfixesAnswer(x, xfixes, 7, x.body().putInt(x.newId())
                    .putInt(bogus).put8(0).put8(0).put16(0).bytes()));
            got.add("CreateRegionFromBitmap bogus " + xfixesAnswer(x, xfixes, 6, x.body().putInt(x.newId())
                    .putInt(bogus).bytes()));
            got.add("SetGCClipRegion bogus GC " + xfixesAnswer(x, xfixes, 20, x.body().putInt(bogus).putInt(region)
                    .put16(0).put16(0).bytes()));
            got.add("SetWindowShapeRegion kind 3 " + xfixesAnswer(x, xfixes, 21, x.body().putInt(root).put8(3)
                    .put8(0).put16(0).put16(0).put16(0).putInt(region).bytes()));
            got.add("ExpandRegion short " + xfixesAnswer(x, xfixes, 28, x.body().putInt(region).putInt(region)
                    .bytes()));
            got.add("SelectSelectionInput mask 8 " + xfixesAnswer(x, xfixes, 2, x.body().putInt(root).putInt(1)
                    .putInt(8).bytes()));
            got.add("SelectCursorInput bogus " + xfixesAnswer(x, xfixes, 3, x.body().putInt(bogus).putInt(1).bytes()));
            got.add("HideCursor bogus " + xfixesAnswer(x, xfixes, 29, x.body().putInt(bogus).bytes()));
            got.add("ShowCursor not hidden " + xfixesAnswer(x, xfixes, 30, x.body().putInt(root).bytes()));
            got.add("SetCursorName bogus " + xfixesAnswer(x, xfixes, 23, x.body().putInt(bogus).put16(1).put16(0)
                    .put8('a').pad().bytes()));
            got.add("GetCursorName bogus " + xfixesAnswer(x, xfixes, 24, x.body().putInt(bogus).bytes()));
            got.add("ChangeCursor bogus " + xfixesAnswer(x, xfixes, 26, x.body().putInt(bogus).putInt(bogus).bytes()));
            got.add("ChangeSaveSet bogus " + xfixesAnswer(x, xfixes, 1, x.body().put8(0).put8(0).put8(0).put8(0)
                    .putInt(bogus).bytes()));
            int mine = x.newId();
            x.request(1, 0, createWindow(x, mine, 10, 10, 0, 1));
            got.add("ChangeSaveSet own window " + xfixesAnswer(x, xfixes, 1, x.body().put8(0).put8(0).put8(0)
                    .put8(0).putInt(mine).bytes()));
            got.add("CreatePointerBarrier diagonal " + xfixesAnswer(x, xfixes, 31, x.body().putInt(x.newId())
                    .putInt(root).put16(0).put16(0).put16(5).put16(5).putInt(0).put16(0).put16(0).bytes()));
            got.add("CreatePointerBarrier device missing " + xfixesAnswer(x, xfixes, 31, x.body().putInt(x.newId())
                    .putInt(root).put16(0).put16(0).put16(0).put16(5).putInt(0).put16(0).put16(1).bytes()));
            got.add("DeletePointerBarrier bogus " + xfixesAnswer(x, xfixes, 32, x.body().putInt(bogus).bytes()));
            got.add("minor 200 " + xfixesAnswer(x, xfixes, 200, new byte[0]));
            int b = bogus;
            assertEquals(List.of(
                    "CreateRegion unversioned BadRequest",
                    "QueryVersion 5.0",
                    "CreateRegion ok",
                    "CreateRegion half a rectangle BadLength",
                    "CreateRegion taken id BadIDChoice " + region,
                    "CreateRegion foreign id BadIDChoice " + (x.setup().resourceIdBase() ^ 0x00200000),
                    "FetchRegion bogus BadRegion " + b,
                    "FetchRegion a window BadRegion " + root,
                    "DestroyRegion too long BadLength",
                    "SetRegion bogus, half a rectangle BadRegion " + b,
                    "UnionRegion bogus source BadRegion " + b,
                    "InvertRegion bogus destination BadRegion " + b,
                    "CreateRegionFromWindow kind 2 BadValue 2",
                    "CreateRegionFromWindow bogus BadWindow " + b,
                    "CreateRegionFromBitmap bogus BadPixmap " + b,
                    "SetGCClipRegion bogus GC BadGC " + b,
                    "SetWindowShapeRegion kind 3 BadValue 3",
                    "ExpandRegion short BadLength",
                    "SelectSelectionInput mask 8 BadValue 8",
                    "SelectCursorInput bogus BadWindow " + b,
                    "HideCursor bogus BadWindow " + b,
                    "ShowCursor not hidden BadMatch",
                    "SetCursorName bogus BadCursor " + b,
                    "GetCursorName bogus BadCursor " + b,
                    "ChangeCursor bogus BadCursor " + b,
                    "ChangeSaveSet bogus BadWindow " + b,
                    "ChangeSaveSet own window BadMatch",
                    "CreatePointerBarrier diagonal BadValue",
                    "CreatePointerBarrier device missing BadLength",
                    "DeletePointerBarrier bogus BadBarrier " + b,
                    "minor 200 BadRequest"), got);
            x.roundTrip();
        }
    }

    /** DAMAGE at Xvfb's major opcode 143: BadDamage (152), XFIXES' BadRegion (140) and the core errors as Xorg's. */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void damageRequestsFailAsOnXvfb(String byteOrder) {
        int damage = 143, xfixes = 138;
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int bogus = x.setup().resourceIdBase() | 0x1234;
            List<String> got = new ArrayList<>();
            got.add("Create unversioned " + damageAnswer(x, damage, 1, x.body().putInt(x.newId()).putInt(root)
                    .put8(0).put8(0).put16(0).bytes()));
            got.add("QueryVersion short " + damageAnswer(x, damage, 0, x.body().putInt(1).bytes()));
            int seq = x.request(damage, 0, x.body().putInt(1).putInt(1).bytes());
            RawXConnection.Message version = x.readReplyOrError();
            got.add("QueryVersion " + (version.sequence() == seq ? version.card32(8) + "." + version.card32(12) : version));
            x.request(xfixes, 0, x.body().putInt(5).putInt(0).bytes());
            x.readReplyOrError();
            int region = x.newId();
            x.request(xfixes, 5, x.body().putInt(region).put16(1).put16(2).put16(3).put16(4).bytes());
            int dmg = x.newId();
            got.add("Create " + damageAnswer(x, damage, 1, x.body().putInt(dmg).putInt(root).put8(3).put8(0).put16(0)
                    .bytes()));
            got.add("Create taken id " + damageAnswer(x, damage, 1, x.body().putInt(dmg).putInt(root).put8(0).put8(0)
                    .put16(0).bytes()));
            got.add("Create level 4 " + damageAnswer(x, damage, 1, x.body().putInt(x.newId()).putInt(root).put8(4)
                    .put8(0).put16(0).bytes()));
            got.add("Create bogus drawable " + damageAnswer(x, damage, 1, x.body().putInt(x.newId()).putInt(bogus)
                    .put8(0).put8(0).put16(0).bytes()));
            got.add("Create too long " + damageAnswer(x, damage, 1, x.body().putInt(x.newId()).putInt(root)
                    .put8(0).put8(0).put16(0).putInt(0).bytes()));
            got.add("Destroy bogus " + damageAnswer(x, damage, 2, x.body().putInt(bogus).bytes()));
            got.add("Destroy short " + damageAnswer(x, damage, 2, new byte[0]));
            got.add("Subtract bogus damage " + damageAnswer(x, damage, 3, x.body().putInt(bogus).putInt(bogus)
                    .putInt(0).bytes()));
            got.add("Subtract bogus repair " + damageAnswer(x, damage, 3, x.body().putInt(dmg).putInt(bogus)
                    .putInt(0).bytes()));
            got.add("Subtract a window as parts " + damageAnswer(x, damage, 3, x.body().putInt(dmg).putInt(region)
                    .putInt(root).bytes()));
            got.add("Subtract " + damageAnswer(x, damage, 3, x.body().putInt(dmg).putInt(region).putInt(0).bytes()));
            // Xorg's swapped Add checks Subtract's size, so a big-endian client's Add is BadLength there: Sumac
            // does not copy that bug, and Add is compared for little-endian clients only
            boolean lsb = byteOrder.equals("l");
            if (lsb) {
                got.add("Add bogus region " + damageAnswer(x, damage, 4, x.body().putInt(root).putInt(bogus).bytes()));
                got.add("Add bogus drawable " + damageAnswer(x, damage, 4, x.body().putInt(bogus).putInt(region)
                        .bytes()));
                got.add("Add " + damageAnswer(x, damage, 4, x.body().putInt(root).putInt(region).bytes()));
            }
            got.add("Destroy " + damageAnswer(x, damage, 2, x.body().putInt(dmg).bytes()));
            got.add("Destroy again " + damageAnswer(x, damage, 2, x.body().putInt(dmg).bytes()));
            got.add("minor 5 " + damageAnswer(x, damage, 5, new byte[0]));
            int b = bogus;
            List<String> adds = lsb ? List.of("Add bogus region BadRegion " + b, "Add bogus drawable BadDrawable " + b,
                    "Add ok") : List.of();
            List<String> expected = new ArrayList<>(List.of(
                    "Create unversioned BadRequest",
                    "QueryVersion short BadLength",
                    "QueryVersion 1.1",
                    "Create ok",
                    "Create taken id BadIDChoice " + dmg,
                    "Create level 4 BadValue 4",
                    "Create bogus drawable BadDrawable " + b,
                    "Create too long BadLength",
                    "Destroy bogus BadDamage " + b,
                    "Destroy short BadLength",
                    "Subtract bogus damage BadDamage " + b,
                    "Subtract bogus repair BadRegion " + b,
                    "Subtract a window as parts BadRegion " + root,
                    "Subtract ok"));
            expected.addAll(adds);
            expected.addAll(List.of("Destroy ok", "Destroy again BadDamage " + dmg, "minor 5 BadRequest"));
            assertEquals(expected, got);
            x.roundTrip();
        }
    }

    /**
     * MIT-SHM at Xvfb's major opcode 130 (Sumac offers it beside RENDER): BadShmSeg (128) and the core errors of
     * Attach, Detach, PutImage and GetImage with bad flags, segments and sizes past a real 4096-byte segment; 1.2's
     * AttachFd without a descriptor and CreateSegment with bad flags and sizes.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void shmRequestsFailAsOnXvfb(String byteOrder) {
        int shm = 130;
        XClients.Result made = XClients.run(":0", TIMEOUT, List.of("ipcmk", "-M", "4096", "-p", "0600"));
        int shmid = Integer.parseInt(made.assertSuccess().stdout().replaceAll("[^0-9]", ""));
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int bogus = x.setup().resourceIdBase() | 0x1234;
            int gc = x.newId();
            x.request(55, 0, x.body().putInt(gc).putInt(root).putInt(0).bytes());
            List<String> got = new ArrayList<>();
            int seg = x.newId();
            got.add("Attach read-only 2 " + shmAnswer(x, shm, 1, x.body().putInt(seg).putInt(shmid).put8(2).put8(0)
                    .put16(0).bytes(), false));
            got.add("Attach no segment " + shmAnswer(x, shm, 1, x.body().putInt(seg).putInt(0x7ffffff0).put8(0).put8(0)
                    .put16(0).bytes(), false));
            got.add("Attach too long " + shmAnswer(x, shm, 1, x.body().putInt(seg).putInt(shmid).put8(0).put8(0)
                    .put16(0).putInt(0).bytes(), false));
            got.add("Attach " + shmAnswer(x, shm, 1, x.body().putInt(seg).putInt(shmid).put8(0).put8(0).put16(0)
                    .bytes(), false));
            got.add("Attach taken id " + shmAnswer(x, shm, 1, x.body().putInt(seg).putInt(shmid).put8(0).put8(0)
                    .put16(0).bytes(), false));
            got.add("Detach bogus " + shmAnswer(x, shm, 2, x.body().putInt(bogus).bytes(), true));
            // PutImage: drawable, gc, total size, source rectangle, destination, depth, format, event, segment, offset
            got.add("PutImage bogus segment " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 2, 0,
                    bogus, 0), true));
            got.add("PutImage offset 2 " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 2, 0, seg,
                    2), true));
            got.add("PutImage offset past the segment " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24,
                    2, 0, seg, 8192), true));
            got.add("PutImage image past the segment " + shmAnswer(x, shm, 3, putImage(x, root, gc, 1000, 2, 0, 0, 2, 2,
                    24, 2, 0, seg, 0), true));
            got.add("PutImage 65535 rows " + shmAnswer(x, shm, 3, putImage(x, root, gc, 1024, 65535, 0, 0, 2, 2, 24, 2,
                    0, seg, 0), true));
            got.add("PutImage XYPixmap planes past the segment " + shmAnswer(x, shm, 3, putImage(x, root, gc, 64, 30, 0,
                    0, 2, 2, 24, 1, 0, seg, 0), true));
            got.add("PutImage source past the image " + shmAnswer(x, shm, 3, putImage(x, root, gc, 8, 8, 4, 0, 5, 2, 24,
                    2, 0, seg, 0), true));
            got.add("PutImage send event 2 " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 2, 2, seg,
                    0), false));
            got.add("PutImage format 3 " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 3, 0, seg, 0),
                    true));
            got.add("PutImage depth 8 " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 8, 2, 0, seg, 0),
                    true));
            got.add("PutImage bogus drawable " + shmAnswer(x, shm, 3, putImage(x, bogus, gc, 2, 2, 0, 0, 2, 2, 24, 2, 0,
                    seg, 0), true));
            got.add("PutImage with event " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 2, 1, seg,
                    4080), true));
            // GetImage: drawable, x, y, width, height, plane mask, format, segment, offset
            got.add("GetImage format 0 " + shmAnswer(x, shm, 4, getImage(x, root, 0, 0, 4, 4, 0, seg, 0), true));
            got.add("GetImage past the segment " + shmAnswer(x, shm, 4, getImage(x, root, 0, 0, 100, 100, 2, seg, 0),
                    true));
            got.add("GetImage XYPixmap past the segment " + shmAnswer(x, shm, 4, getImage(x, root, 0, 0, 64, 8, 1, seg,
                    3072), true));
            got.add("GetImage outside the root " + shmAnswer(x, shm, 4, getImage(x, root, 300, 0, 40, 4, 2, seg, 0),
                    true));
            got.add("GetImage bogus segment " + shmAnswer(x, shm, 4, getImage(x, root, 0, 0, 4, 4, 2, bogus, 0), true));
            got.add("GetImage empty at the end " + shmAnswer(x, shm, 4, getImage(x, root, 0, 0, 0, 4, 2, seg, 4096),
                    true));
            got.add("GetImage " + shmAnswer(x, shm, 4, getImage(x, root, 0, 0, 4, 4, 2, seg, 4032), true));
            got.add("Detach " + shmAnswer(x, shm, 2, x.body().putInt(seg).bytes(), true));
            got.add("PutImage detached " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 2, 0, seg, 0),
                    true));
            got.add("Detach again " + shmAnswer(x, shm, 2, x.body().putInt(seg).bytes(), true));
            // 1.2: this client sends no descriptor (and drops the one CreateSegment passes it)
            int made2 = x.newId();
            got.add("AttachFd no descriptor " + shmAnswer(x, shm, 6, x.body().putInt(made2).put8(0).put8(0).put16(0)
                    .bytes(), true));
            got.add("AttachFd read-only 2 " + shmAnswer(x, shm, 6, x.body().putInt(made2).put8(2).put8(0).put16(0)
                    .bytes(), true));
            got.add("AttachFd too long " + shmAnswer(x, shm, 6, x.body().putInt(made2).put8(0).put8(0).put16(0)
                    .putInt(0).bytes(), true));
            got.add("CreateSegment read-only 2 " + shmAnswer(x, shm, 7, x.body().putInt(made2).putInt(4096).put8(2)
                    .put8(0).put16(0).bytes(), true));
            got.add("CreateSegment empty " + shmAnswer(x, shm, 7, x.body().putInt(made2).putInt(0).put8(0).put8(0)
                    .put16(0).bytes(), true));
            got.add("CreateSegment bogus id " + shmAnswer(x, shm, 7, x.body().putInt(1).putInt(4096).put8(0).put8(0)
                    .put16(0).bytes(), true));
            String created = shmAnswer(x, shm, 7, x.body().putInt(made2).putInt(4096).put8(0).put8(0).put16(0).bytes(),
                    true);
            // Xorg writes this reply unswapped, so an MSB-first client cannot match its sequence number ("ok"); Sumac
            // swaps it as every reply
            got.add("CreateSegment " + ("B".equals(byteOrder) && created.equals("ok") ? "reply" : created));
            got.add("PutImage created " + shmAnswer(x, shm, 3, putImage(x, root, gc, 2, 2, 0, 0, 2, 2, 24, 2, 0, made2,
                    0), true));
            got.add("PutImage past the created " + shmAnswer(x, shm, 3, putImage(x, root, gc, 64, 64, 0, 0, 2, 2, 24, 2, 0,
                    made2, 0), true));
            got.add("Detach created " + shmAnswer(x, shm, 2, x.body().putInt(made2).bytes(), true));
            got.add("minor 8 " + shmAnswer(x, shm, 8, new byte[0], true));
            int b = bogus;
            assertEquals(List.of(
                    "Attach read-only 2 BadValue",
                    "Attach no segment BadAccess",
                    "Attach too long BadLength",
                    "Attach ok",
                    "Attach taken id BadIDChoice " + seg,
                    "Detach bogus BadShmSeg " + b,
                    "PutImage bogus segment BadShmSeg " + b,
                    "PutImage offset 2 BadValue 2",
                    "PutImage offset past the segment BadValue 8192",
                    "PutImage image past the segment BadValue 1000",
                    "PutImage 65535 rows BadValue 1024",
                    "PutImage XYPixmap planes past the segment BadValue 64",
                    "PutImage source past the image BadValue 5",
                    "PutImage send event 2 BadValue",
                    "PutImage format 3 BadValue 3",
                    "PutImage depth 8 BadMatch",
                    "PutImage bogus drawable BadDrawable " + b,
                    "PutImage with event ok",
                    "GetImage format 0 BadValue 0",
                    "GetImage past the segment BadAccess",
                    "GetImage XYPixmap past the segment BadAccess",
                    "GetImage outside the root BadMatch",
                    "GetImage bogus segment BadShmSeg " + b,
                    "GetImage empty at the end reply",
                    "GetImage reply",
                    "Detach ok",
                    "PutImage detached BadShmSeg " + seg,
                    "Detach again BadShmSeg " + seg,
                    "AttachFd no descriptor BadMatch",
                    "AttachFd read-only 2 BadValue 2",
                    "AttachFd too long BadLength",
                    "CreateSegment read-only 2 BadValue 2",
                    "CreateSegment empty BadAccess",
                    "CreateSegment bogus id BadIDChoice 1",
                    "CreateSegment reply",
                    "PutImage created ok",
                    "PutImage past the created BadValue 64",
                    "Detach created ok",
                    "minor 8 BadRequest"), got);
            x.roundTrip();
        } finally {
            XClients.run(":0", TIMEOUT, List.of("ipcrm", "-m", String.valueOf(shmid)));
        }
    }

    /**
     * MIT-SHM CreatePixmap (minor 5) on a real 4096-byte segment: bad lengths, ids, drawables and segments, offsets
     * and sizes past the segment (also ones whose size overflows 32 bits), a read-only attachment, zero sizes, bad
     * depths, a side past 32767; then a shared pixmap drawn and read after Detach, freed, and freed again.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void shmPixmapsFailAsOnXvfb(String byteOrder) {
        int shm = 130;
        XClients.Result made = XClients.run(":0", TIMEOUT, List.of("ipcmk", "-M", "4096", "-p", "0600"));
        int shmid = Integer.parseInt(made.assertSuccess().stdout().replaceAll("[^0-9]", ""));
        // a second segment for the read-only attachment: Xorg shares one mapping a segment, writable if any is
        XClients.Result made2 = XClients.run(":0", TIMEOUT, List.of("ipcmk", "-M", "4096", "-p", "0600"));
        int readOnlyId = Integer.parseInt(made2.assertSuccess().stdout().replaceAll("[^0-9]", ""));
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int bogus = x.setup().resourceIdBase() | 0x1234;
            int gc = x.newId();
            x.request(55, 0, x.body().putInt(gc).putInt(root).putInt(0).bytes());
            int seg = x.newId(), ro = x.newId(), pid = x.newId();
            List<String> got = new ArrayList<>();
            got.add("Attach " + shmAnswer(x, shm, 1, x.body().putInt(seg).putInt(shmid).put8(0).put8(0).put16(0)
                    .bytes(), false));
            got.add("Attach read-only " + shmAnswer(x, shm, 1, x.body().putInt(ro).putInt(readOnlyId).put8(1).put8(0)
                    .put16(0).bytes(), false));
            got.add("short " + shmAnswer(x, shm, 5, x.body().putInt(pid).putInt(root).put16(8).put16(8).put8(24)
                    .put8(0).put16(0).putInt(seg).bytes(), true));
            got.add("bogus id " + shmAnswer(x, shm, 5, shmPixmap(x, 1, root, 8, 8, 24, seg, 0), true));
            got.add("bogus drawable " + shmAnswer(x, shm, 5, shmPixmap(x, pid, bogus, 8, 8, 24, seg, 0), true));
            got.add("bogus segment " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 24, bogus, 0), true));
            got.add("offset 2 " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 24, seg, 2), true));
            got.add("offset past the segment " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 1, 1, 24, seg, 8192),
                    true));
            got.add("offset 0xfffffffc " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 1, 1, 24, seg, 0xfffffffc),
                    true));
            got.add("read-only " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 24, ro, 0), true));
            got.add("zero width " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 0, 8, 24, seg, 0), true));
            got.add("zero height " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 0, 24, seg, 0), true));
            got.add("depth 0 " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 0, seg, 0), true));
            got.add("depth 7 " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 7, seg, 0), true));
            got.add("depth 15 " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 15, seg, 0), true));
            got.add("width 32768 " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 32768, 1, 24, seg, 0), true));
            got.add("a row past the segment " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 32, 33, 24, seg, 0),
                    true));
            got.add("one pixel at the end " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 1, 1, 32, seg, 4096), true));
            got.add("32767 square " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 32767, 32767, 32, seg, 4092), true));
            got.add("CreatePixmap " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 16, 16, 24, seg, 3072), true));
            got.add("taken id " + shmAnswer(x, shm, 5, shmPixmap(x, pid, root, 8, 8, 24, seg, 0), true));
            got.add("Detach " + shmAnswer(x, shm, 2, x.body().putInt(seg).bytes(), true));
            got.add("detached " + shmAnswer(x, shm, 5, shmPixmap(x, x.newId(), root, 8, 8, 24, seg, 0), true));
            // the pixmap lives on in the segment: core PutImage into it, GetImage and CopyArea from it
            var image = x.body().putInt(pid).putInt(gc).put16(16).put16(16).put16(0).put16(0).put8(0).put8(24).put16(0);
            for (int i = 0; i < 16 * 16; i++) image.putInt(0x10203 * i);
            got.add("PutImage after Detach " + shmAnswer(x, 72, 2, image.bytes(), true));
            got.add("GetImage after Detach " + shmAnswer(x, 73, 2, x.body().putInt(pid).put16(0).put16(0).put16(16)
                    .put16(16).putInt(-1).bytes(), true));
            got.add("CopyArea after Detach " + shmAnswer(x, 62, 0, x.body().putInt(pid).putInt(root).putInt(gc)
                    .put16(0).put16(0).put16(0).put16(0).put16(16).put16(16).bytes(), true));
            got.add("FreePixmap " + shmAnswer(x, 54, 0, x.body().putInt(pid).bytes(), true));
            got.add("FreePixmap again " + shmAnswer(x, 54, 0, x.body().putInt(pid).bytes(), true));
            got.add("Detach read-only " + shmAnswer(x, shm, 2, x.body().putInt(ro).bytes(), true));
            int b = bogus;
            assertEquals(List.of(
                    "Attach ok",
                    "Attach read-only ok",
                    "short BadLength",
                    "bogus id BadIDChoice 1",
                    "bogus drawable BadDrawable " + b,
                    "bogus segment BadShmSeg " + b,
                    "offset 2 BadValue 2",
                    "offset past the segment BadValue 8192",
                    "offset 0xfffffffc BadValue -4",
                    "read-only BadAccess",
                    "zero width BadValue 0",
                    "zero height BadValue 0",
                    "depth 0 BadValue 0",
                    "depth 7 BadValue 7",
                    "depth 15 BadValue 15",
                    "width 32768 BadAlloc",
                    "a row past the segment BadAccess",
                    "one pixel at the end BadAccess",
                    "32767 square BadAccess",
                    "CreatePixmap ok",
                    "taken id BadIDChoice " + pid,
                    "Detach ok",
                    "detached BadShmSeg " + seg,
                    "PutImage after Detach ok",
                    "GetImage after Detach reply",
                    "CopyArea after Detach ok",
                    "FreePixmap ok",
                    "FreePixmap again BadPixmap " + pid,
                    "Detach read-only ok"), got);
            x.roundTrip();
        } finally {
            XClients.run(":0", TIMEOUT, List.of("ipcrm", "-m", String.valueOf(shmid)));
            XClients.run(":0", TIMEOUT, List.of("ipcrm", "-m", String.valueOf(readOnlyId)));
        }
    }

    private static byte[] shmPixmap(RawXConnection x, int pid, int drawable, int width, int height, int depth, int seg,
            int offset) {
        return x.body().putInt(pid).putInt(drawable).put16(width).put16(height).put8(depth).put8(0).put16(0)
                .putInt(seg).putInt(offset).bytes();
    }

    /**
     * Composite at Xvfb's major opcode 142: lengths, bogus windows and ids, a second manual redirection, the root,
     * unredirecting what was never redirected, the overlay not held, an update value past Manual (Xorg keeps it as
     * given) and unknown minor opcodes. Composite has no errors of its own; Xorg leaves the value of its BadValue and
     * BadAccess stale, so they are compared without it.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void compositeRequestsFailAsOnXvfb(String byteOrder) {
        int composite = 142;
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int bogus = x.setup().resourceIdBase() | 0x1234;
            int w = x.newId();
            x.request(1, 0, x.body().putInt(w).putInt(root).put16(10).put16(10).put16(50).put16(40).put16(1).put16(1)
                    .putInt(0).putInt(0).bytes());
            List<String> got = new ArrayList<>();
            got.add("QueryVersion short " + compositeAnswer(x, composite, 0, x.body().putInt(0).bytes()));
            got.add("QueryVersion " + compositeAnswer(x, composite, 0, x.body().putInt(0).putInt(4).bytes()));
            byte[] redirectW = x.body().putInt(w).put8(1).put8(0).put16(0).bytes();
            got.add("RedirectWindow too long " + compositeAnswer(x, composite, 1, x.body().putInt(w).put8(1).put8(0)
                    .put16(0).putInt(0).bytes()));
            got.add("RedirectWindow short " + compositeAnswer(x, composite, 1, x.body().putInt(w).bytes()));
            got.add("RedirectWindow bogus " + compositeAnswer(x, composite, 1, x.body().putInt(bogus).put8(0).put8(0)
                    .put16(0).bytes()));
            got.add("RedirectWindow root " + compositeAnswer(x, composite, 1, x.body().putInt(root).put8(0).put8(0)
                    .put16(0).bytes()));
            got.add("RedirectWindow manual " + compositeAnswer(x, composite, 1, redirectW));
            got.add("RedirectWindow manual again " + compositeAnswer(x, composite, 1, redirectW));
            got.add("RedirectWindow update 7 " + compositeAnswer(x, composite, 1, x.body().putInt(w).put8(7).put8(0)
                    .put16(0).bytes()));
            got.add("UnredirectWindow update 7 " + compositeAnswer(x, composite, 3, x.body().putInt(w).put8(7).put8(0)
                    .put16(0).bytes()));
            got.add("UnredirectWindow update 7 again " + compositeAnswer(x, composite, 3, x.body().putInt(w).put8(7)
                    .put8(0).put16(0).bytes()));
            got.add("UnredirectWindow bogus " + compositeAnswer(x, composite, 3, x.body().putInt(bogus).put8(0).put8(0)
                    .put16(0).bytes()));
            got.add("UnredirectWindow short " + compositeAnswer(x, composite, 3, new byte[0]));
            got.add("UnredirectWindow manual " + compositeAnswer(x, composite, 3, redirectW));
            got.add("RedirectSubwindows root manual " + compositeAnswer(x, composite, 2, x.body().putInt(root).put8(1)
                    .put8(0).put16(0).bytes()));
            got.add("RedirectSubwindows root manual again " + compositeAnswer(x, composite, 2, x.body().putInt(root)
                    .put8(1).put8(0).put16(0).bytes()));
            got.add("RedirectSubwindows too long " + compositeAnswer(x, composite, 2, x.body().putInt(root).put8(1)
                    .put8(0).put16(0).putInt(0).bytes()));
            got.add("UnredirectSubwindows automatic " + compositeAnswer(x, composite, 4, x.body().putInt(root).put8(0)
                    .put8(0).put16(0).bytes()));
            got.add("UnredirectSubwindows manual " + compositeAnswer(x, composite, 4, x.body().putInt(root).put8(1)
                    .put8(0).put16(0).bytes()));
            got.add("UnredirectSubwindows bogus " + compositeAnswer(x, composite, 4, x.body().putInt(bogus).put8(1)
                    .put8(0).put16(0).bytes()));
            got.add("CreateRegionFromBorderClip bogus window " + compositeAnswer(x, composite, 5, x.body()
                    .putInt(x.newId()).putInt(bogus).bytes()));
            got.add("CreateRegionFromBorderClip foreign id " + compositeAnswer(x, composite, 5, x.body()
                    .putInt(0x4321).putInt(w).bytes()));
            got.add("CreateRegionFromBorderClip short " + compositeAnswer(x, composite, 5, x.body().putInt(x.newId())
                    .bytes()));
            got.add("CreateRegionFromBorderClip " + compositeAnswer(x, composite, 5, x.body().putInt(x.newId())
                    .putInt(w).bytes()));
            got.add("NameWindowPixmap unmapped " + compositeAnswer(x, composite, 6, x.body().putInt(w)
                    .putInt(x.newId()).bytes()));
            got.add("NameWindowPixmap root " + compositeAnswer(x, composite, 6, x.body().putInt(root)
                    .putInt(x.newId()).bytes()));
            got.add("NameWindowPixmap bogus " + compositeAnswer(x, composite, 6, x.body().putInt(bogus)
                    .putInt(x.newId()).bytes()));
            x.request(8, 0, x.body().putInt(w).bytes()); // MapWindow
            got.add("NameWindowPixmap foreign id " + compositeAnswer(x, composite, 6, x.body().putInt(w)
                    .putInt(0x4321).bytes()));
            got.add("NameWindowPixmap too long " + compositeAnswer(x, composite, 6, x.body().putInt(w)
                    .putInt(x.newId()).putInt(0).bytes()));
            got.add("NameWindowPixmap unredirected " + compositeAnswer(x, composite, 6, x.body().putInt(w)
                    .putInt(x.newId()).bytes()));
            got.add("RedirectWindow automatic " + compositeAnswer(x, composite, 1, x.body().putInt(w).put8(0).put8(0)
                    .put16(0).bytes()));
            got.add("NameWindowPixmap " + compositeAnswer(x, composite, 6, x.body().putInt(w).putInt(x.newId())
                    .bytes()));
            got.add("GetOverlayWindow bogus " + compositeAnswer(x, composite, 7, x.body().putInt(bogus).bytes()));
            got.add("GetOverlayWindow short " + compositeAnswer(x, composite, 7, new byte[0]));
            got.add("ReleaseOverlayWindow not held " + compositeAnswer(x, composite, 8, x.body().putInt(root).bytes()));
            got.add("GetOverlayWindow " + compositeAnswer(x, composite, 7, x.body().putInt(w).bytes()));
            got.add("ReleaseOverlayWindow bogus " + compositeAnswer(x, composite, 8, x.body().putInt(bogus).bytes()));
            got.add("ReleaseOverlayWindow " + compositeAnswer(x, composite, 8, x.body().putInt(root).bytes()));
            got.add("ReleaseOverlayWindow again " + compositeAnswer(x, composite, 8, x.body().putInt(root).bytes()));
            got.add("minor 9 " + compositeAnswer(x, composite, 9, new byte[0]));
            got.add("minor 255 " + compositeAnswer(x, composite, 255, x.body().putInt(root).bytes()));
            int b = bogus;
            assertEquals(List.of(
                    "QueryVersion short BadLength",
                    "QueryVersion reply",
                    "RedirectWindow too long BadLength",
                    "RedirectWindow short BadLength",
                    "RedirectWindow bogus BadWindow " + b,
                    "RedirectWindow root BadMatch",
                    "RedirectWindow manual ok",
                    "RedirectWindow manual again BadAccess",
                    "RedirectWindow update 7 ok",
                    "UnredirectWindow update 7 ok",
                    "UnredirectWindow update 7 again BadValue",
                    "UnredirectWindow bogus BadWindow " + b,
                    "UnredirectWindow short BadLength",
                    "UnredirectWindow manual ok",
                    "RedirectSubwindows root manual ok",
                    "RedirectSubwindows root manual again BadAccess",
                    "RedirectSubwindows too long BadLength",
                    "UnredirectSubwindows automatic BadValue",
                    "UnredirectSubwindows manual ok",
                    "UnredirectSubwindows bogus BadWindow " + b,
                    "CreateRegionFromBorderClip bogus window BadWindow " + b,
                    "CreateRegionFromBorderClip foreign id BadIDChoice " + 0x4321,
                    "CreateRegionFromBorderClip short BadLength",
                    "CreateRegionFromBorderClip ok",
                    "NameWindowPixmap unmapped BadMatch",
                    "NameWindowPixmap root BadMatch",
                    "NameWindowPixmap bogus BadWindow " + b,
                    "NameWindowPixmap foreign id BadIDChoice " + 0x4321,
                    "NameWindowPixmap too long BadLength",
                    "NameWindowPixmap unredirected BadMatch",
                    "RedirectWindow automatic ok",
                    "NameWindowPixmap ok",
                    "GetOverlayWindow bogus BadWindow " + b,
                    "GetOverlayWindow short BadLength",
                    "ReleaseOverlayWindow not held BadMatch",
                    "GetOverlayWindow reply",
                    "ReleaseOverlayWindow bogus BadWindow " + b,
                    "ReleaseOverlayWindow ok",
                    "ReleaseOverlayWindow again BadMatch",
                    "minor 9 BadRequest",
                    "minor 255 BadRequest"), got);
            x.roundTrip();
        }
    }

    /** The outcome of one Composite request: values only for the errors whose value Xorg sets. */
    private static String compositeAnswer(RawXConnection x, int major, int minor, byte[] body) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                boolean hasValue = (code >= 3 && code <= 7) || code == 9 || code == BAD_ID_CHOICE;
                result = RawXConnection.errorName(code) + (hasValue ? " " + m.badValue() : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR) {
                throw new AssertionError("unexpected " + m);
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == seq) {
                result = "reply";
            }
        }
    }

    private static byte[] putImage(RawXConnection x, int drawable, int gc, int totalWidth, int totalHeight, int srcX,
            int srcY, int srcWidth, int srcHeight, int depth, int format, int sendEvent, int seg, int offset) {
        return x.body().putInt(drawable).putInt(gc).put16(totalWidth).put16(totalHeight).put16(srcX).put16(srcY)
                .put16(srcWidth).put16(srcHeight).put16(0).put16(0).put8(depth).put8(format).put8(sendEvent).put8(0)
                .putInt(seg).putInt(offset).bytes();
    }

    private static byte[] getImage(RawXConnection x, int drawable, int px, int py, int width, int height, int format,
            int seg, int offset) {
        return x.body().putInt(drawable).put16(px).put16(py).put16(width).put16(height).putInt(-1).put8(format).put8(0)
                .put16(0).putInt(seg).putInt(offset).bytes();
    }

    /** The outcome of one MIT-SHM request, naming BadShmSeg; BadValue's value only when {@code valueSet} (Xorg sets it). */
    private static String shmAnswer(RawXConnection x, int major, int minor, byte[] body, boolean valueSet) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                boolean hasValue = (code >= 3 && code <= 7) || code == 9 || code == 13 || code == BAD_ID_CHOICE
                        || code == 128 || (code == BAD_VALUE && valueSet);
                String name = code == 128 ? "BadShmSeg" : RawXConnection.errorName(code);
                result = name + (hasValue ? " " + m.badValue() : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR) {
                throw new AssertionError("unexpected " + m);
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == seq) {
                result = "reply";
            }
        }
    }

    /** The outcome of one DAMAGE request (events in between are skipped), naming BadDamage and BadRegion. */
    private static String damageAnswer(RawXConnection x, int major, int minor, byte[] body) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                boolean hasValue = (code >= 3 && code <= 7) || code == 9 || code == BAD_VALUE || code == BAD_ID_CHOICE
                        || code == 140 || code == 152;
                String name = code == 140 ? "BadRegion" : code == 152 ? "BadDamage" : RawXConnection.errorName(code);
                result = name + (hasValue ? " " + m.badValue() : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR) {
                throw new AssertionError("unexpected " + m);
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == seq) {
                result = "reply";
            }
        }
    }

    /** Like {@link #answer}, naming XFIXES' own errors and leaving out the values Xorg leaves stale. */
    private static String xfixesAnswer(RawXConnection x, int major, int minor, byte[] body) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                boolean hasValue = (code >= 3 && code <= 7) || code == 9 || code == 13 || code == BAD_ID_CHOICE
                        || code == 140 || code == 141 || (code == BAD_VALUE && minor != 31);
                String name = code == 140 ? "BadRegion" : code == 141 ? "BadBarrier" : RawXConnection.errorName(code);
                result = name + (hasValue ? " " + m.badValue() : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR) {
                throw new AssertionError("unexpected " + m);
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == seq) {
                result = "reply";
            }
        }
    }

    private static List<String> messagesUntilReply(RawXConnection x, int seq) {
        List<String> out = new ArrayList<>();
        while (true) {
            RawXConnection.Message m = x.read();
            if (m.type() == RawXConnection.REPLY && m.sequence() == seq) {
                out.add("reply " + m.code());
                return out;
            }
            out.add(m.type() == 34 ? "MappingNotify " + (m.bytes()[4] & 0xff) : m.toString());
        }
    }

    /**
     * Issue 13: SYNC's requests with bad lengths, ids, values and states get Xvfb's errors (BadCounter, BadAlarm and
     * BadFence from the extension's first error, then BadValue, BadMatch, BadAccess, BadLength, BadIDChoice), in
     * Xorg's order of checks: CreateAlarm and ChangeAlarm look up their ids before their lengths. Fences only for
     * LSB-first clients: Xorg does not byte-swap CreateFence's drawable (SProcSyncCreateFence), so an MSB-first
     * client's fence is BadDrawable there; Sumac reads it right rather than copy that bug.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void syncRequestsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int[] sync = extension(x, "SYNC");
            int op = sync[0];
            List<String> names = List.of("BadCounter", "BadAlarm", "BadFence");
            int counter = x.newId(), fence = x.newId(), alarm = x.newId(), root = x.setup().rootWindow();
            List<String> got = new ArrayList<>();
            got.add("initialize short: " + extAnswer(x, op, 0, new byte[0], sync[2], names));
            got.add("create counter: " +
                    extAnswer(x, op, 2, x.body().putInt(counter).putInt(0).putInt(5).bytes(), sync[2], names));
            got.add("create counter long: " +
                    extAnswer(x, op, 2, x.body().putInt(x.newId()).putInt(0).putInt(5).putInt(0).bytes(), sync[2], names));
            got.add("create counter of another client: " +
                    extAnswer(x, op, 2, x.body().putInt(0x7777).putInt(0).putInt(0).bytes(), sync[2], names));
            got.add("set missing counter: " +
                    extAnswer(x, op, 3, x.body().putInt(0x7777).putInt(0).putInt(0).bytes(), sync[2], names));
            got.add("set counter short: " +
                    extAnswer(x, op, 3, x.body().putInt(counter).putInt(0).bytes(), sync[2], names));
            got.add("change counter past the maximum: " +
                    extAnswer(x, op, 4, x.body().putInt(counter).putInt(0x7fffffff).putInt(-1).bytes(), sync[2], names));
            got.add("change the root as a counter: " +
                    extAnswer(x, op, 4, x.body().putInt(root).putInt(0).putInt(1).bytes(), sync[2], names));
            RawXConnection.Message value = query(x, op, 5, x.body().putInt(counter).bytes());
            got.add("counter reads back: " + value.card32(8) + " " + value.card32(12));
            got.add("destroy counter long: " +
                    extAnswer(x, op, 6, x.body().putInt(counter).putInt(0).bytes(), sync[2], names));
            got.add("await nothing: " + extAnswer(x, op, 7, new byte[0], sync[2], names));
            got.add("await a partial condition: " +
                    extAnswer(x, op, 7, x.body().putInt(counter).putInt(0).putInt(0).putInt(0).bytes(), sync[2], names));
            got.add("await a missing counter: " +
                    extAnswer(x, op, 7, x.body().putInt(0x7777).putInt(0).putInt(0).putInt(0)
                    .putInt(2).putInt(0).putInt(0).bytes(), sync[2], names));
            got.add("await test type 7: " + extAnswer(x, op, 7, x.body().putInt(counter).putInt(0).putInt(0).putInt(0)
                    .putInt(7).putInt(0).putInt(0).bytes(), sync[2], names));
            got.add("create alarm short: " + extAnswer(x, op, 8, x.body().putInt(alarm).bytes(), sync[2], names));
            got.add("create alarm with a taken id and a bad length: " +
                    extAnswer(x, op, 8, x.body().putInt(counter).putInt(1).bytes(), sync[2], names));
            got.add("create alarm missing its value: " +
                    extAnswer(x, op, 8, x.body().putInt(alarm).putInt(4).putInt(0).bytes(), sync[2], names));
            got.add("create alarm with bit 6: " +
                    extAnswer(x, op, 8, x.body().putInt(alarm).putInt(0x41).putInt(counter).putInt(0).bytes(), sync[2], names));
            got.add("create alarm with events 3: " +
                    extAnswer(x, op, 8, x.body().putInt(alarm).putInt(0x20).putInt(3).bytes(), sync[2], names));
            got.add("create alarm: " +
                    extAnswer(x, op, 8, x.body().putInt(alarm).putInt(1).putInt(counter).bytes(), sync[2], names));
            got.add("change a missing alarm with a bad length: " +
                    extAnswer(x, op, 9, x.body().putInt(0x7777).putInt(1).bytes(), sync[2], names));
            got.add("change alarm delta against test: " +
                    extAnswer(x, op, 9, x.body().putInt(alarm).putInt(0x18).putInt(2)
                    .putInt(-1).putInt(-1).bytes(), sync[2], names));
            got.add("query a counter as an alarm: " +
                    extAnswer(x, op, 10, x.body().putInt(counter).bytes(), sync[2], names));
            got.add("destroy alarm short: " + extAnswer(x, op, 11, new byte[0], sync[2], names));
            got.add("priority of a missing id: " +
                    extAnswer(x, op, 12, x.body().putInt(0x1f000005).putInt(1).bytes(), sync[2], names));
            boolean lsb = x.order() == ByteOrder.LITTLE_ENDIAN;
            if (lsb) {
                got.add("create fence on a missing drawable: " +
                        extAnswer(x, op, 14, x.body().putInt(0x7777).putInt(fence).putInt(0).bytes(), sync[2], names));
                got.add("create fence: " +
                        extAnswer(x, op, 14, x.body().putInt(root).putInt(fence).putInt(0).bytes(), sync[2], names));
                got.add("reset an untriggered fence: " +
                        extAnswer(x, op, 16, x.body().putInt(fence).bytes(), sync[2], names));
            }
            got.add("trigger an alarm as a fence: " +
                    extAnswer(x, op, 15, x.body().putInt(alarm).bytes(), sync[2], names));
            got.add("await no fence: " + extAnswer(x, op, 19, new byte[0], sync[2], names));
            got.add("await fence None: " + extAnswer(x, op, 19, x.body().putInt(0).bytes(), sync[2], names));
            got.add("query fence long: " +
                    extAnswer(x, op, 18, x.body().putInt(fence).putInt(0).bytes(), sync[2], names));
            got.add("minor 20: " + extAnswer(x, op, 20, new byte[0], sync[2], names));
            List<String> fences = lsb ? List.of("create fence on a missing drawable: BadDrawable 0x7777", "create fence: ok",
                    "reset an untriggered fence: BadMatch") : List.of();
            assertEquals(withFences(fences, "initialize short: BadLength", "create counter: ok", "create counter long: BadLength",
                    "create counter of another client: BadIDChoice 0x7777", "set missing counter: BadCounter 0x7777",
                    "set counter short: BadLength", "change counter past the maximum: BadValue 0x7fffffff",
                    "change the root as a counter: BadCounter root", "counter reads back: 0 5",
                    "destroy counter long: BadLength", "await nothing: BadValue 0x0", "await a partial condition: BadLength",
                    "await a missing counter: BadCounter 0x7777", "await test type 7: BadValue 0x7",
                    "create alarm short: BadLength", "create alarm with a taken id and a bad length: BadIDChoice own+0x1",
                    "create alarm missing its value: BadLength", "create alarm with bit 6: BadValue 0x0",
                    "create alarm with events 3: BadValue 0x3", "create alarm: ok",
                    "change a missing alarm with a bad length: BadAlarm 0x7777", "change alarm delta against test: BadMatch",
                    "query a counter as an alarm: BadAlarm own+0x1", "destroy alarm short: BadLength",
                    "priority of a missing id: BadValue 0x1f000005", null, "trigger an alarm as a fence: BadFence own+0x3",
                    "await no fence: BadValue 0x0", "await fence None: BadFence 0x0", "query fence long: BadLength",
                    "minor 20: BadRequest"), got);
            x.roundTrip();
        }
    }

    /** The expected lines with {@code fences} in place of the null. */
    private static List<String> withFences(List<String> fences, String... lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l == null) out.addAll(fences);
            else out.add(l);
        }
        return out;
    }

    /**
     * Issue 13: X-Resource's requests with bad lengths and client ids get Xvfb's errors. QueryResourceBytes about
     * an empty client slot only for LSB-first clients: Xorg does not byte-swap that client field.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void xResourceRequestsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int op = extension(x, "X-Resource")[0];
            List<String> got = new ArrayList<>();
            got.add("version short: " + extAnswer(x, op, 0, new byte[0], 0, List.of()));
            got.add("clients long: " + extAnswer(x, op, 1, new byte[4], 0, List.of()));
            got.add("resources of an empty slot: " +
                    extAnswer(x, op, 2, x.body().putInt(0x1f000000).bytes(), 0, List.of()));
            got.add("resources of the server: " + extAnswer(x, op, 2, x.body().putInt(0).bytes(), 0, List.of()));
            got.add("pixmap bytes of an empty slot: " +
                    extAnswer(x, op, 3, x.body().putInt(0x1f000001).bytes(), 0, List.of()));
            got.add("pixmap bytes short: " + extAnswer(x, op, 3, new byte[0], 0, List.of()));
            got.add("ids with one spec short: " +
                    extAnswer(x, op, 4, x.body().putInt(2).putInt(0).putInt(1).bytes(), 0, List.of()));
            got.add("ids with a count that wraps: " +
                    extAnswer(x, op, 4, x.body().putInt(0x20000000).bytes(), 0, List.of()));
            got.add("ids of nobody: " +
                    extAnswer(x, op, 4, x.body().putInt(1).putInt(0x1f000000).putInt(3).bytes(), 0, List.of()));
            boolean lsb = x.order() == ByteOrder.LITTLE_ENDIAN;
            if (lsb) got.add("bytes about an empty slot: " +
                    extAnswer(x, op, 5, x.body().putInt(0x1f000000).putInt(0).bytes(), 0, List.of()));
            got.add("bytes with a count that wraps: " +
                    extAnswer(x, op, 5, x.body().putInt(0).putInt(0x20000000).bytes(), 0, List.of()));
            got.add("minor 6: " + extAnswer(x, op, 6, new byte[0], 0, List.of()));
            assertEquals(List.of("version short: BadLength", "clients long: BadLength",
                    "resources of an empty slot: BadValue 0x1f000000", "resources of the server: ok",
                    "pixmap bytes of an empty slot: BadValue 0x1f000001", "pixmap bytes short: BadLength",
                    "ids with one spec short: BadLength", "ids with a count that wraps: BadLength", "ids of nobody: ok",
                    "bytes about an empty slot: BadValue 0x1f000000", "bytes with a count that wraps: BadLength",
                    "minor 6: BadRequest").stream().filter(l -> lsb || !l.startsWith("bytes about")).toList(), got);
            x.roundTrip();
        }
    }

    /** Issue 13: MIT-SCREEN-SAVER's requests with bad lengths, drawables and window attributes get Xvfb's errors. */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void screenSaverRequestsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int op = extension(x, "MIT-SCREEN-SAVER")[0];
            int root = x.setup().rootWindow();
            List<String> got = new ArrayList<>();
            got.add("version short: " + extAnswer(x, op, 0, new byte[0], 0, List.of()));
            got.add("info of a missing drawable: " + extAnswer(x, op, 1, x.body().putInt(0x7777).bytes(), 0, List.of()));
            got.add("info long: " + extAnswer(x, op, 1, x.body().putInt(root).putInt(0).bytes(), 0, List.of()));
            got.add("select on a missing drawable: "
                    + extAnswer(x, op, 2, x.body().putInt(0x7777).putInt(1).bytes(), 0, List.of()));
            got.add("select all bits: " + extAnswer(x, op, 2, x.body().putInt(root).putInt(-1).bytes(), 0, List.of()));
            got.add("attributes short: " + extAnswer(x, op, 3, x.body().putInt(root).bytes(), 0, List.of()));
            got.add("attributes of a missing drawable, short of a value: " + extAnswer(x, op, 3,
                    saverAttributes(x, 0x7777, 10, 0, 0, 0, 2), 0, List.of()));
            got.add("attributes short of a value: " + extAnswer(x, op, 3,
                    saverAttributes(x, root, 10, 0, 0, 0, 2), 0, List.of()));
            got.add("attributes height 0: " + extAnswer(x, op, 3, saverAttributes(x, root, 0, 0, 0, 0, 0), 0, List.of()));
            got.add("attributes class 9: " + extAnswer(x, op, 3, saverAttributes(x, root, 10, 9, 0, 0, 0), 0, List.of()));
            got.add("attributes depth 1: " + extAnswer(x, op, 3, saverAttributes(x, root, 10, 1, 1, 0, 0), 0, List.of()));
            got.add("attributes: " + extAnswer(x, op, 3, saverAttributes(x, root, 10, 0, 0, 0, 0), 0, List.of()));
            got.add("unset of a missing drawable: " + extAnswer(x, op, 4, x.body().putInt(0x7777).bytes(), 0, List.of()));
            got.add("unset: " + extAnswer(x, op, 4, x.body().putInt(root).bytes(), 0, List.of()));
            got.add("suspend 0x12345: " + extAnswer(x, op, 5, x.body().putInt(0x12345).bytes(), 0, List.of()));
            got.add("suspend long: " + extAnswer(x, op, 5, x.body().putInt(1).putInt(1).bytes(), 0, List.of()));
            got.add("minor 9: " + extAnswer(x, op, 9, new byte[0], 0, List.of()));
            assertEquals(List.of("version short: BadLength", "info of a missing drawable: BadDrawable 0x7777",
                    "info long: BadLength", "select on a missing drawable: BadDrawable 0x7777", "select all bits: ok",
                    "attributes short: BadLength", "attributes of a missing drawable, short of a value: BadDrawable 0x7777",
                    "attributes short of a value: BadLength", "attributes height 0: BadValue 0x0",
                    "attributes class 9: BadValue 0x9", "attributes depth 1: BadMatch", "attributes: ok",
                    "unset of a missing drawable: BadDrawable 0x7777", "unset: ok", "suspend 0x12345: ok",
                    "suspend long: BadLength", "minor 9: BadRequest"), got);
            x.roundTrip();
        }
    }

    /**
     * Issue 14: Present's requests with bad lengths, ids, options and msc arguments get Xvfb's errors. Xorg byte-swaps
     * neither PresentPixmap's wait fence, CRTC, options and notify list nor SelectInput's event id for MSB-first
     * clients, so the missing ids here read the same in both orders (0x77000077) and the event id cases are LSB-only.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void presentRequestsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int op = extension(x, "Present")[0];
            int sync = extension(x, "SYNC")[2], xfixes = extension(x, "XFIXES")[2], randr = extension(x, "RANDR")[2];
            int first = Math.min(sync, Math.min(xfixes, randr));
            List<String> names = new ArrayList<>();
            for (int code = first; code <= Math.max(sync + 2, Math.max(xfixes, randr + 1)); code++) {
                names.add(code == sync + 2 ? "BadFence" : code == xfixes ? "BadRegion" : code == randr + 1 ? "BadCrtc" : "error " + code);
            }
            int root = x.setup().rootWindow(), win = x.newId(), pix = x.newId(), bitmap = x.newId(), missing = 0x77000077;
            x.request(1, 24, x.body().putInt(win).putInt(root).put16(0).put16(0).put16(20).put16(20).put16(0).put16(1)
                    .putInt(0).putInt(0).bytes());
            x.request(53, 24, x.body().putInt(pix).putInt(root).put16(10).put16(10).bytes());
            x.request(53, 1, x.body().putInt(bitmap).putInt(root).put16(8).put16(8).bytes());
            x.roundTrip();
            List<String> got = new ArrayList<>();
            got.add("version short: " + extAnswer(x, op, 0, new byte[4], first, names));
            got.add("version long: " + extAnswer(x, op, 0, new byte[12], first, names));
            got.add("pixmap short: " + extAnswer(x, op, 1,
                    java.util.Arrays.copyOf(presentPixmap(x, win, pix, 0, 0, 0, 0, 0, 0).bytes(), 60), first, names));
            got.add("pixmap half a notify: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, 0, 0, 0, 0, 0).putInt(win).bytes(), first, names));
            got.add("pixmap of a missing window: " + extAnswer(x, op, 1,
                    presentPixmap(x, missing, pix, 0, 0, 0, 0, 0, 0).bytes(), first, names));
            got.add("pixmap of a missing pixmap: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, missing, 0, 0, 0, 0, 0, 0).bytes(), first, names));
            got.add("pixmap of a window: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, win, 0, 0, 0, 0, 0, 0).bytes(), first, names));
            got.add("pixmap of depth 1: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, bitmap, 0, 0, 0, 0, 0, 0).bytes(), first, names));
            got.add("pixmap missing valid region: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, missing, 0, 0, 0, 0, 0).bytes(), first, names));
            got.add("pixmap missing crtc: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, missing, 0, 0, 0, 0).bytes(), first, names));
            got.add("pixmap missing wait fence: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, 0, missing, 0, 0, 0).bytes(), first, names));
            got.add("pixmap bad options: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, 0, 0, 0xF00000F0, 0, 0).bytes(), first, names));
            got.add("pixmap remainder without divisor: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, 0, 0, 0, 0, 1).bytes(), first, names));
            got.add("pixmap remainder past divisor: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, 0, 0, 0, 2, 7).bytes(), first, names));
            got.add("pixmap notify of a missing window: " + extAnswer(x, op, 1,
                    presentPixmap(x, win, pix, 0, 0, 0, 0, 0, 0).putInt(missing).putInt(1).bytes(), first, names));
            got.add("notify msc of a missing window: " + extAnswer(x, op, 2,
                    notifyMsc(x, missing, 0, 0).bytes(), first, names));
            got.add("notify msc remainder past divisor: " + extAnswer(x, op, 2,
                    notifyMsc(x, win, 3, 3).bytes(), first, names));
            got.add("notify msc long: " + extAnswer(x, op, 2, notifyMsc(x, win, 0, 0).putInt(0).bytes(), first, names));
            got.add("select on a missing window: " + extAnswer(x, op, 3,
                    x.body().putInt(x.newId()).putInt(missing).putInt(2).bytes(), first, names));
            got.add("select redirect events: " + extAnswer(x, op, 3,
                    x.body().putInt(x.newId()).putInt(win).putInt(8).bytes(), first, names));
            got.add("select short: " + extAnswer(x, op, 3, x.body().putInt(0).putInt(win).bytes(), first, names));
            got.add("capabilities of a missing crtc: " + extAnswer(x, op, 4, x.body().putInt(missing).bytes(), first, names));
            got.add("capabilities of a window: " + extAnswer(x, op, 4, x.body().putInt(win).bytes(), first, names));
            got.add("capabilities long: " + extAnswer(x, op, 4, x.body().putInt(win).putInt(0).bytes(), first, names));
            got.add("minor 5: " + extAnswer(x, op, 5, new byte[0], first, names));
            boolean lsb = x.order() == ByteOrder.LITTLE_ENDIAN;
            if (lsb) {
                got.add("select with a window's id: " + extAnswer(x, op, 3,
                        x.body().putInt(pix).putInt(win).putInt(2).bytes(), first, names));
                got.add("select with another client's id: " + extAnswer(x, op, 3,
                        x.body().putInt(0x1f00001).putInt(win).putInt(2).bytes(), first, names));
            }
            assertEquals(java.util.stream.Stream.of("version short: BadLength", "version long: BadLength",
                    "pixmap short: BadLength", "pixmap half a notify: BadLength",
                    "pixmap of a missing window: BadWindow 0x77000077", "pixmap of a missing pixmap: BadPixmap 0x77000077",
                    "pixmap of a window: BadPixmap own+0x1", "pixmap of depth 1: BadMatch",
                    "pixmap missing valid region: BadRegion 0x77000077", "pixmap missing crtc: BadCrtc 0x77000077",
                    "pixmap missing wait fence: BadFence 0x77000077", "pixmap bad options: BadValue 0xf00000f0",
                    "pixmap remainder without divisor: BadValue 0x1", "pixmap remainder past divisor: BadValue 0x7",
                    "pixmap notify of a missing window: BadWindow 0x77000077",
                    "notify msc of a missing window: BadWindow 0x77000077", "notify msc remainder past divisor: BadValue 0x3",
                    "notify msc long: BadLength", "select on a missing window: BadWindow 0x77000077",
                    "select redirect events: BadValue 0x8", "select short: BadLength",
                    "capabilities of a missing crtc: BadCrtc 0x77000077", "capabilities of a window: ok",
                    "capabilities long: BadLength", "minor 5: BadRequest", "select with a window's id: BadIDChoice own+0x2",
                    "select with another client's id: BadIDChoice 0x1f00001")
                    .filter(l -> lsb || !l.startsWith("select with")).toList(), got);
            x.roundTrip();
        }
    }

    /**
     * Issue 14: DOUBLE-BUFFER's requests with bad lengths, windows, names and swap actions get Xvfb's errors (the value
     * of DBE's BadValue is left out: Xorg does not set it). For MSB-first clients Xorg checks SwapBuffers' length
     * before its count (BadLength, not BadAlloc) and swaps only the first window id, n times: two windows are LSB-only.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void doubleBufferRequestsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int[] dbe = extension(x, "DOUBLE-BUFFER");
            int op = dbe[0];
            List<String> names = List.of("BadBuffer");
            int root = x.setup().rootWindow(), win = x.newId(), back = x.newId(), missing = 0x77000077;
            x.request(1, 24, x.body().putInt(win).putInt(root).put16(0).put16(0).put16(20).put16(20).put16(0).put16(1)
                    .putInt(0).putInt(0).bytes());
            x.roundTrip();
            List<String> got = new ArrayList<>();
            got.add("version long: " + extAnswer(x, op, 0, new byte[8], dbe[2], names));
            got.add("allocate on a missing window: " + extAnswer(x, op, 1,
                    x.body().putInt(missing).putInt(x.newId()).putInt(0).bytes(), dbe[2], names));
            got.add("allocate with action 9: " + extAnswer(x, op, 1,
                    x.body().putInt(win).putInt(x.newId()).put8(9).put8(0).put16(0).bytes(), dbe[2], names).replaceAll(" .*", ""));
            got.add("allocate the window's id: " + extAnswer(x, op, 1,
                    x.body().putInt(win).putInt(win).putInt(0).bytes(), dbe[2], names));
            got.add("allocate short: " + extAnswer(x, op, 1, x.body().putInt(win).putInt(back).bytes(), dbe[2], names));
            got.add("allocate: " + extAnswer(x, op, 1, x.body().putInt(win).putInt(back).putInt(0).bytes(), dbe[2], names));
            got.add("fill the back buffer: " + extAnswer(x, 70, 0,
                    x.body().putInt(back).putInt(missing).put16(0).put16(0).put16(5).put16(5).bytes(), dbe[2], names));
            got.add("swap a missing window: " + extAnswer(x, op, 3,
                    x.body().putInt(1).putInt(missing).putInt(0).bytes(), dbe[2], names));
            got.add("swap the root: " + extAnswer(x, op, 3, x.body().putInt(1).putInt(root).putInt(0).bytes(), dbe[2], names));
            boolean lsb = x.order() == ByteOrder.LITTLE_ENDIAN;
            if (lsb) got.add("swap twice: " + extAnswer(x, op, 3,
                    x.body().putInt(2).putInt(win).putInt(0).putInt(win).putInt(0).bytes(), dbe[2], names));
            got.add("swap short: " + extAnswer(x, op, 3, x.body().putInt(2).putInt(win).putInt(0).bytes(), dbe[2], names));
            got.add("swap of 2^30: " + extAnswer(x, op, 3, x.body().putInt(1 << 30).bytes(), dbe[2], names));
            got.add("swap: " + extAnswer(x, op, 3, x.body().putInt(1).putInt(win).put8(2).put8(0).put16(0).bytes(),
                    dbe[2], names));
            got.add("visual info with a count that wraps: " + extAnswer(x, op, 6,
                    x.body().putInt(0x40000001).putInt(root).bytes(), dbe[2], names));
            got.add("visual info of a missing drawable: " + extAnswer(x, op, 6,
                    x.body().putInt(1).putInt(missing).bytes(), dbe[2], names));
            got.add("attributes short: " + extAnswer(x, op, 7, new byte[0], dbe[2], names));
            got.add("deallocate a missing name: " + extAnswer(x, op, 2, x.body().putInt(missing).bytes(), dbe[2], names));
            got.add("deallocate: " + extAnswer(x, op, 2, x.body().putInt(back).bytes(), dbe[2], names));
            got.add("deallocate again: " + extAnswer(x, op, 2, x.body().putInt(back).bytes(), dbe[2], names));
            got.add("begin idiom with a word: " + extAnswer(x, op, 4, new byte[4], dbe[2], names));
            got.add("minor 8: " + extAnswer(x, op, 8, new byte[0], dbe[2], names));
            assertEquals(List.of("version long: BadLength", "allocate on a missing window: BadWindow 0x77000077",
                    "allocate with action 9: BadValue", "allocate the window's id: BadIDChoice own+0x1",
                    "allocate short: BadLength", "allocate: ok", "fill the back buffer: BadGC 0x77000077",
                    "swap a missing window: BadWindow 0x77000077", "swap the root: BadMatch", "swap twice: BadMatch",
                    "swap short: BadLength", "swap of 2^30: " + (lsb ? "BadAlloc" : "BadLength"), "swap: ok",
                    "visual info with a count that wraps: BadLength",
                    "visual info of a missing drawable: BadDrawable 0x77000077", "attributes short: BadLength",
                    "deallocate a missing name: BadBuffer 0x77000077", "deallocate: ok",
                    "deallocate again: BadBuffer own+0x2", "begin idiom with a word: ok", "minor 8: BadRequest")
                    .stream().filter(l -> lsb || !l.startsWith("swap twice")).toList(), got);
            x.roundTrip();
        }
    }

    /** PresentPixmap's fixed part: no regions, idle fence or offsets, msc 0 with this divisor and remainder. */
    private static RawXConnection.Body presentPixmap(RawXConnection x, int window, int pixmap, int valid, int crtc,
            int waitFence, int options, long divisor, long remainder) {
        RawXConnection.Body b = x.body().putInt(window).putInt(pixmap).putInt(1).putInt(valid).putInt(0).put16(0).put16(0)
                .putInt(crtc).putInt(waitFence).putInt(0).putInt(options).putInt(0);
        return put64(put64(put64(b, x, 0), x, divisor), x, remainder);
    }

    /** NotifyMSC for msc 0 with this divisor and remainder. */
    private static RawXConnection.Body notifyMsc(RawXConnection x, int window, long divisor, long remainder) {
        return put64(put64(put64(x.body().putInt(window).putInt(1).putInt(0), x, 0), x, divisor), x, remainder);
    }

    /** A CARD64 in the connection's byte order. */
    private static RawXConnection.Body put64(RawXConnection.Body b, RawXConnection x, long v) {
        boolean lsb = x.order() == ByteOrder.LITTLE_ENDIAN;
        return b.putInt((int) (lsb ? v : v >>> 32)).putInt((int) (lsb ? v >>> 32 : v));
    }

    /** SetAttributes' body: a w x 10 window at 0,0 with a border width of 0, the class, depth and visual, a mask. */
    private static byte[] saverAttributes(RawXConnection x, int drawable, int width, int cls, int depth, int visual,
            int mask) {
        return x.body().putInt(drawable).put16(0).put16(0).put16(width).put16(10).put16(0).put8(cls).put8(depth)
                .putInt(visual).putInt(mask).bytes();
    }

    /** QueryExtension: major opcode, first event, first error; fails the case when the server lacks it. */
    private static int[] extension(RawXConnection x, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        x.request(98, 0, x.body().put16(n.length).put16(0).putBytes(n).pad().bytes());
        RawXConnection.Message m = x.readReplyOrError();
        assertEquals(1, m.bytes()[8], name + " present");
        return new int[] {m.bytes()[9] & 0xFF, m.bytes()[10] & 0xFF, m.bytes()[11] & 0xFF};
    }

    /** A request's reply (events before it skipped). */
    private static RawXConnection.Message query(RawXConnection x, int major, int minor, byte[] body) {
        int seq = x.request(major, minor, body);
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.sequence() == seq) return m;
        }
    }

    /**
     * Sends an extension request and a round trip: "ok" (a reply or nothing), or the error by name, with its value
     * where Xorg sets one (the root as "root", ids of this client as "own+n"); extension errors are named from
     * {@code firstError} on by {@code names}.
     */
    private static String extAnswer(RawXConnection x, int major, int minor, byte[] body, int firstError, List<String> names) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                boolean extension = firstError > 0 && code >= firstError && code < firstError + names.size();
                boolean hasValue = extension || code == BAD_VALUE || (code >= 3 && code <= 7) || code == 9 || code == 10
                        || code == 12 || code == 13 || code == BAD_ID_CHOICE;
                String name = extension ? names.get(code - firstError) : RawXConnection.errorName(code);
                int v = m.badValue();
                String value = v == x.setup().rootWindow() ? "root"
                        : (v & ~x.setup().resourceIdMask()) == x.setup().resourceIdBase()
                        ? "own+0x" + Integer.toHexString(v & x.setup().resourceIdMask()) : "0x" + Integer.toHexString(v);
                result = name + (hasValue ? " " + value : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR && m.sequence() != seq) {
                throw new AssertionError("unexpected " + m);
            }
        }
    }

    /** Sends a request and a round trip: "ok", or the error with its bad value where the error has one. */
    private static String answer(RawXConnection x, int opcode, int data, byte[] body) {
        int seq = x.request(opcode, data, body);
        int check = x.request(43, 0, new byte[0]);
        String result = null;
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.type() == RawXConnection.ERROR && m.sequence() == seq && result == null) {
                int code = m.code();
                boolean hasValue = code == BAD_VALUE || (code >= 3 && code <= 7) || code == 9 || code == 12
                        || code == 13 || code == BAD_ID_CHOICE;
                result = RawXConnection.errorName(code) + (hasValue ? " " + m.badValue() : "");
            } else if (m.type() == RawXConnection.REPLY && m.sequence() == check) {
                return result == null ? "ok" : result;
            } else if (m.type() == RawXConnection.ERROR) {
                throw new AssertionError("unexpected " + m);
            }
        }
    }

    // ---- RENDER (Xvfb's numbers: major 139, errors from 142) ----------------------------------------------

    static final int RENDER = 139, BAD_PICT_FORMAT = 142, BAD_PICTURE = 143, BAD_GLYPH_SET = 145, BAD_GLYPH = 146;
    static final int BAD_NAME = 15;
    /** Xvfb's format ids: a8r8g8b8, x8r8g8b8 (the depth-24 visual's), a8, a1 and a depth-24 one. */
    static final int ARGB32 = 0x25, A8 = 0x24, A1 = 0x23, RGB24 = 0x29;

    /** CreatePicture on a drawable with a format and no values. */
    private static int createPicture(RawXConnection x, int pid, int drawable, int format) {
        return x.request(RENDER, 4, x.body().putInt(pid).putInt(drawable).putInt(format).putInt(0).bytes());
    }

    /** CreatePixmap on the root. */
    private static int createPixmap(RawXConnection x, int pid, int depth, int w, int h) {
        return x.request(53, depth, x.body().putInt(pid).putInt(x.setup().rootWindow()).put16(w).put16(h).bytes());
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderPicturesOnBadDrawablesAndFormatsGetTheirErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int pix = x.newId();
            createPixmap(x, pix, 32, 8, 8);
            x.request(54, 0, x.body().putInt(pix).bytes()); // FreePixmap
            // a picture on the freed pixmap, with an unknown format, with a format of another depth
            x.expectError(BAD_DRAWABLE, createPicture(x, x.newId(), pix, ARGB32));
            x.expectError(BAD_PICT_FORMAT, createPicture(x, x.newId(), root, 0x7777));
            x.expectError(BAD_MATCH, createPicture(x, x.newId(), root, A8));
            // a value mask naming two values with one sent
            x.expectError(BAD_LENGTH, x.request(RENDER, 4, x.body().putInt(x.newId()).putInt(root).putInt(RGB24)
                    .putInt(3).putInt(1).bytes()));
            // a repeat past Reflect, a subwindow mode of 2, an alpha map that is no picture
            x.expectError(BAD_VALUE, x.request(RENDER, 4, x.body().putInt(x.newId()).putInt(root).putInt(RGB24)
                    .putInt(1).putInt(4).bytes()));
            x.expectError(BAD_PICTURE, x.request(RENDER, 4, x.body().putInt(x.newId()).putInt(root).putInt(RGB24)
                    .putInt(2).putInt(0x1234).bytes()));
            // QueryPictIndexValues of a direct format, of no format
            x.expectError(BAD_MATCH, x.request(RENDER, 2, x.body().putInt(ARGB32).bytes()));
            x.expectError(BAD_PICT_FORMAT, x.request(RENDER, 2, x.body().putInt(0x7777).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderCompositeOnFreedOrBadPicturesGetsItsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int dst = x.newId(), src = x.newId();
            createPicture(x, dst, root, RGB24);
            x.request(RENDER, 33, x.body().putInt(src).put16(0xffff).put16(0).put16(0).put16(0x8000).bytes()); // SolidFill
            byte[] composite = x.body().putInt(src).putInt(0).putInt(dst).put16(0).put16(0).put16(0).put16(0)
                    .put16(1).put16(1).put16(10).put16(10).bytes();
            x.request(RENDER, 8, withOp(composite, 3));
            x.expectError(BAD_VALUE, x.request(RENDER, 8, withOp(composite, 14)));
            x.expectError(BAD_VALUE, x.request(RENDER, 8, withOp(composite, 63)));
            x.request(RENDER, 7, x.body().putInt(src).bytes()); // FreePicture
            x.expectError(BAD_PICTURE, x.request(RENDER, 8, withOp(composite, 3)));
            x.expectError(BAD_PICTURE, x.request(RENDER, 7, x.body().putInt(src).bytes()));
            // a solid fill as destination: no drawable
            int solid = x.newId();
            x.request(RENDER, 33, x.body().putInt(solid).put16(0).put16(0).put16(0).put16(0xffff).bytes());
            x.expectError(BAD_DRAWABLE, x.request(RENDER, 26, x.body().put8(1).put8(0).put16(0).putInt(solid)
                    .put16(0).put16(0).put16(0).put16(0xffff).put16(0).put16(0).put16(5).put16(5).bytes()));
            // a picture on a window is freed with the window
            int w = x.newId();
            x.request(1, 24, createWindow(x, w, 20, 20, 0, 1));
            int wp = x.newId();
            createPicture(x, wp, w, RGB24);
            x.request(4, 0, x.body().putInt(w).bytes()); // DestroyWindow
            x.expectError(BAD_PICTURE, x.request(RENDER, 7, x.body().putInt(wp).bytes()));
            // a gradient without stops, with stops out of order
            x.expectError(BAD_VALUE, x.request(RENDER, 34, x.body().putInt(x.newId()).putInt(0).putInt(0)
                    .putInt(0x10000).putInt(0).putInt(0).bytes()));
            x.expectError(BAD_VALUE, x.request(RENDER, 34, x.body().putInt(x.newId()).putInt(0).putInt(0)
                    .putInt(0x10000).putInt(0).putInt(2).putInt(0x8000).putInt(0x4000)
                    .putInt(0).putInt(0).putInt(0).putInt(0).bytes()));
            x.roundTrip();
        }
    }

    private static byte[] withOp(byte[] composite, int op) {
        byte[] b = new byte[4 + composite.length];
        b[0] = (byte) op;
        System.arraycopy(composite, 0, b, 4, composite.length);
        return b;
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderFiltersAndTransformsThatMakeNoSenseAreRefusedOrHarmless(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int pic = x.newId();
            createPicture(x, pic, root, RGB24);
            x.expectError(BAD_NAME, x.request(RENDER, 30, x.body().putInt(pic).put16(5).put16(0)
                    .putBytes("blurr".getBytes()).pad().bytes()));
            // nearest with a parameter, a convolution whose size exceeds its coefficients
            x.expectError(BAD_MATCH, x.request(RENDER, 30, x.body().putInt(pic).put16(7).put16(0)
                    .putBytes("nearest".getBytes()).pad().putInt(0x10000).bytes()));
            x.expectError(BAD_MATCH, x.request(RENDER, 30, x.body().putInt(pic).put16(11).put16(0)
                    .putBytes("convolution".getBytes()).pad().putInt(0x30000).putInt(0x30000).putInt(0x10000).bytes()));
            // a singular transform and an enormous one, then composites through them: no error, nothing outside
            int pix = x.newId();
            createPixmap(x, pix, 32, 16, 16);
            int src = x.newId();
            createPicture(x, src, pix, ARGB32);
            int[][] transforms = {{0, 0, 0, 0, 0, 0, 0, 0, 0}, {0x7fffffff, 0x7fffffff, 0x7fffffff, -0x80000000, 0x7fffffff, 5,
                1, 1, 1}, {1, 0, 0x7fff0000, 0, 1, 0x7fff0000, 0, 0, 1}};
            for (int[] t : transforms) {
                RawXConnection.Body b = x.body().putInt(src);
                for (int v : t) b.putInt(v);
                x.request(RENDER, 28, b.bytes());
                for (int repeat = 0; repeat < 4; repeat++) {
                    x.request(RENDER, 5, x.body().putInt(src).putInt(1).putInt(repeat).bytes()); // ChangePicture repeat
                    x.request(RENDER, 8, withOp(x.body().putInt(src).putInt(0).putInt(pic).put16(0x8000).put16(0x7fff)
                            .put16(0).put16(0).put16(0xfff0).put16(0xfff0).put16(0xffff).put16(0xffff).bytes(), 3));
                }
            }
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderDegenerateAndEnormousTrapezoidsDrawWithoutError(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int dst = x.newId(), src = x.newId();
            createPicture(x, dst, root, RGB24);
            x.request(RENDER, 33, x.body().putInt(src).put16(0xffff).put16(0).put16(0).put16(0xffff).bytes());
            int[][] traps = {
                {0x80000000, 0x7fffffff, 0x80000000, 0x80000000, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x80000000, 0x80000000, 0x7fffffff},
                {0x50000, 0x10000, 0, 0, 0, 0, 0, 0, 0, 0}, // bottom above top
                {0, 0x7fffffff, 5, 0, 5, 1, 5, 0, 5, 1}, // vertical edges that coincide
                {0x10000, 0x20000, 0x7fffffff, 0, 0x80000000, 1, 0x80000000, 0, 0x7fffffff, 1}};
            for (int mask : new int[] {0, A8, A1}) {
                RawXConnection.Body b = x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst).putInt(mask).put16(0).put16(0);
                for (int[] t : traps) for (int v : t) b.putInt(v);
                x.request(RENDER, 10, b.bytes());
                // the same points as triangles
                RawXConnection.Body tb = x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst).putInt(mask).put16(0).put16(0);
                for (int[] t : traps) for (int k = 0; k < 6; k++) tb.putInt(t[k + 2]);
                x.request(RENDER, 11, tb.bytes());
            }
            // a trapezoid and a half, a bad mask format
            x.expectError(BAD_LENGTH, x.request(RENDER, 10, x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst)
                    .putInt(0).put16(0).put16(0).putBytes(new byte[60]).bytes()));
            x.expectError(BAD_PICT_FORMAT, x.request(RENDER, 10, x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst)
                    .putInt(0x7777).put16(0).put16(0).putBytes(new byte[40]).bytes()));
            // AddTraps on an a8 pixmap with enormous offsets and spans
            int pix = x.newId();
            createPixmap(x, pix, 8, 16, 16);
            int a8 = x.newId();
            createPicture(x, a8, pix, A8);
            x.request(RENDER, 32, x.body().putInt(a8).put16(0x7fff).put16(0x8000).putInt(0x80000000).putInt(0x7fffffff)
                    .putInt(0x80000000).putInt(0x80000000).putInt(0x7fffffff).putInt(0x7fffffff).bytes());
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderPicturesOutliveTheirPixmapAndFarAwayShapesAndGlyphsDrawWithoutError(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int rootPic = x.newId(), solid = x.newId();
            createPicture(x, rootPic, root, RGB24);
            x.request(RENDER, 33, x.body().putInt(solid).put16(0xffff).put16(0).put16(0).put16(0x8000).bytes());
            // a picture keeps its pixmap: drawing on it and from it after FreePixmap is no error
            int pix = x.newId(), pic = x.newId();
            createPixmap(x, pix, 32, 16, 16);
            createPicture(x, pic, pix, ARGB32);
            x.request(54, 0, x.body().putInt(pix).bytes()); // FreePixmap
            x.request(RENDER, 8, withOp(x.body().putInt(solid).putInt(0).putInt(pic).put16(0).put16(0).put16(0).put16(0)
                    .put16(0).put16(0).put16(16).put16(16).bytes(), 3));
            x.request(RENDER, 8, withOp(x.body().putInt(pic).putInt(pic).putInt(rootPic).put16(0x8000).put16(0x7fff)
                    .put16(0).put16(0).put16(0x7ff0).put16(0x8000).put16(0xffff).put16(0xffff).bytes(), 3));
            x.request(RENDER, 26, x.body().put8(12).put8(0).put16(0).putInt(pic).put16(0).put16(0).put16(0).put16(0xffff)
                    .put16(0x8000).put16(0x8000).put16(0xffff).put16(0xffff).bytes()); // FillRectangles Add
            // trapezoids and a triangle far outside the destination, with an operator that covers all of it (Src)
            for (int op : new int[] {1, 3}) {
                RawXConnection.Body b = x.body().put8(op).put8(0).put16(0).putInt(solid).putInt(pic).putInt(A8).put16(0).put16(0);
                for (int v : new int[] {0x7ff00000, 0x7fff0000, 0x7ff00000, 0x7ff00000, 0x7ff10000, 0x7fff0000,
                    0x7ff80000, 0x7ff00000, 0x7ffa0000, 0x7fff0000}) b.putInt(v);
                x.request(RENDER, 10, b.bytes());
                x.request(RENDER, 11, x.body().put8(op).put8(0).put16(0).putInt(solid).putInt(pic).putInt(A8).put16(0).put16(0)
                        .putInt(0x80000000).putInt(0x80000000).putInt(0x80010000).putInt(0x7fffffff).putInt(0x7fffffff)
                        .putInt(0x80000000).bytes());
            }
            // glyphs whose positions add up past 16 bits, one way and back
            int gs = x.newId();
            x.request(RENDER, 17, x.body().putInt(gs).putInt(A8).bytes());
            x.request(RENDER, 20, x.body().putInt(gs).putInt(1).putInt(7)
                    .put16(4).put16(2).put16(0).put16(0).put16(0x7fff).put16(0x7fff).putInt(-1).putInt(-1).bytes());
            RawXConnection.Body g = x.body().put8(3).put8(0).put16(0).putInt(solid).putInt(pic).putInt(A8).putInt(gs)
                    .put16(0).put16(0);
            for (int i = 0; i < 3; i++) g.put8(3).put8(0).put16(0).put16(0x7fff).put16(0x7fff).put8(7).put8(7).put8(7).put8(0);
            g.put8(1).put8(0).put16(0).put16(0x8000).put16(0x8000).put8(7).put8(0).put8(0).put8(0);
            x.request(RENDER, 23, g.bytes());
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderGlyphsWithBadSetsIdsAndSizesGetTheirErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            x.expectError(BAD_MATCH, x.request(RENDER, 17, x.body().putInt(x.newId()).putInt(RGB24).bytes()));
            x.expectError(BAD_PICT_FORMAT, x.request(RENDER, 17, x.body().putInt(x.newId()).putInt(0x7777).bytes()));
            int gs = x.newId();
            x.request(RENDER, 17, x.body().putInt(gs).putInt(A8).bytes());
            // a glyph of 65535 x 65535 (4 GiB, none sent); glyph counts past the request: BadAlloc from 2^32 / 32 on
            // (Xorg's array of new glyphs could not be counted), BadLength below and for an MSB-first client, whose
            // lists Xorg swaps (and so measures) first
            x.expectError(BAD_LENGTH, x.request(RENDER, 20, x.body().putInt(gs).putInt(1).putInt(7)
                    .put16(0xffff).put16(0xffff).put16(0).put16(0).put16(0).put16(0).bytes()));
            x.expectError(byteOrder.equals("l") ? BAD_ALLOC : BAD_LENGTH,
                    x.request(RENDER, 20, x.body().putInt(gs).putInt(0x10000000).putInt(7).bytes()));
            x.expectError(BAD_LENGTH, x.request(RENDER, 20, x.body().putInt(gs).putInt(0x1000).putInt(7).bytes()));
            // a glyph with one byte too many
            x.expectError(BAD_LENGTH, x.request(RENDER, 20, x.body().putInt(gs).putInt(1).putInt(7)
                    .put16(4).put16(1).put16(0).put16(0).put16(4).put16(0).putInt(0).putInt(0).bytes()));
            x.request(RENDER, 20, x.body().putInt(gs).putInt(1).putInt(7)
                    .put16(4).put16(2).put16(0).put16(0).put16(4).put16(0).putInt(-1).putInt(-1).bytes());
            x.expectError(BAD_GLYPH, x.request(RENDER, 22, x.body().putInt(gs).putInt(8).bytes()));
            // CompositeGlyphs8 with a freed set, then switching to a set that does not exist
            int dst = x.newId(), src = x.newId();
            createPicture(x, dst, root, RGB24);
            x.request(RENDER, 33, x.body().putInt(src).put16(0xffff).put16(0).put16(0).put16(0xffff).bytes());
            x.expectError(BAD_GLYPH_SET, x.request(RENDER, 23, x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst)
                    .putInt(0).putInt(0x1234).put16(0).put16(0).put8(1).put8(0).put16(0).put16(5).put16(5).put8(7).pad().bytes()));
            x.expectError(BAD_GLYPH_SET, x.request(RENDER, 24, x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst)
                    .putInt(0).putInt(gs).put16(0).put16(0).put8(255).put8(0).put16(0).put16(0).put16(0).putInt(0x1234)
                    .put8(1).put8(0).put16(0).put16(5).put16(5).put16(7).put16(0).bytes()));
            // glyphs past the end of the request are dropped: an element announcing 200 glyphs with 4 sent
            x.expectError(BAD_LENGTH, x.request(RENDER, 23, x.body().put8(3).put8(0).put16(0).putInt(src).putInt(dst)
                    .putInt(A8).putInt(gs).put16(0).put16(0).put8(200).put8(0).put16(0).put16(5).put16(5).putInt(0x07070707)
                    .bytes()));
            x.request(RENDER, 19, x.body().putInt(gs).bytes()); // FreeGlyphSet
            x.expectError(BAD_GLYPH_SET, x.request(RENDER, 19, x.body().putInt(gs).bytes()));
            x.roundTrip();
        }
    }

    /**
     * Picture values that do not fit what they name (a clip mask of the wrong depth or freed, an alpha map that is no
     * pixmap), pictures on drawables that cannot hold them, cursors from pictures without pixels or with the hotspot
     * outside, and a glyph whose byte size overflows 32 bits: each answered as on Xvfb, in order.
     */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void renderPictureValuesCursorsAndOverflowingGlyphsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int root = x.setup().rootWindow();
            int pix8 = x.newId(), pix32 = x.newId(), freed = x.newId(), inputOnly = x.newId(), window = x.newId();
            createPixmap(x, pix8, 8, 8, 8);
            createPixmap(x, pix32, 32, 16, 16);
            createPixmap(x, freed, 1, 8, 8);
            x.request(54, 0, x.body().putInt(freed).bytes()); // FreePixmap
            x.request(1, 0, createWindow(x, inputOnly, 20, 20, 0, 2));
            x.request(1, 24, createWindow(x, window, 20, 20, 0, 1));
            int pic = x.newId(), solid = x.newId(), windowPic = x.newId(), gone = x.newId();
            createPicture(x, pic, pix32, ARGB32);
            createPicture(x, windowPic, window, RGB24);
            createPicture(x, gone, pix32, ARGB32);
            x.request(RENDER, 7, x.body().putInt(gone).bytes()); // FreePicture
            x.request(RENDER, 33, x.body().putInt(solid).put16(0xffff).put16(0).put16(0).put16(0xffff).bytes());
            List<String> got = new ArrayList<>();
            got.add("CreatePicture on an InputOnly window " + renderAnswer(x, 4, x.body().putInt(x.newId())
                    .putInt(inputOnly).putInt(RGB24).putInt(0).bytes()));
            got.add("CreatePicture x8r8g8b8 on a depth-8 pixmap " + renderAnswer(x, 4, x.body().putInt(x.newId())
                    .putInt(pix8).putInt(RGB24).putInt(0).bytes()));
            got.add("ChangePicture clip mask of depth 8 " + renderAnswer(x, 5, x.body().putInt(pic).putInt(0x40)
                    .putInt(pix8).bytes()));
            got.add("ChangePicture clip mask freed " + renderAnswer(x, 5, x.body().putInt(pic).putInt(0x40)
                    .putInt(freed).bytes()));
            got.add("ChangePicture alpha map solid fill " + renderAnswer(x, 5, x.body().putInt(pic).putInt(0x2)
                    .putInt(solid).bytes()));
            got.add("ChangePicture alpha map on a window " + renderAnswer(x, 5, x.body().putInt(pic).putInt(0x2)
                    .putInt(windowPic).bytes()));
            got.add("ChangePicture freed picture " + renderAnswer(x, 5, x.body().putInt(gone).putInt(0x1)
                    .putInt(1).bytes()));
            got.add("SetPictureClipRectangles solid fill " + renderAnswer(x, 6, x.body().putInt(solid).put16(0)
                    .put16(0).put16(0).put16(0).put16(4).put16(4).bytes()));
            got.add("SetPictureTransform solid fill " + renderAnswer(x, 28, x.body().putInt(solid).putInt(0x10000)
                    .putInt(0).putInt(0).putInt(0).putInt(0x10000).putInt(0).putInt(0).putInt(0).putInt(0x10000).bytes()));
            got.add("CreateCursor from a solid fill " + renderAnswer(x, 27, x.body().putInt(x.newId()).putInt(solid)
                    .put16(0).put16(0).bytes()));
            got.add("CreateCursor hotspot outside " + renderAnswer(x, 27, x.body().putInt(x.newId()).putInt(pic)
                    .put16(17).put16(0).bytes()));
            got.add("CreateCursor from a window " + renderAnswer(x, 27, x.body().putInt(x.newId()).putInt(windowPic)
                    .put16(0).put16(0).bytes()));
            // 32768 x 32768 x 32 bits is 2^32 bytes: 0 when counted in 32 bits
            int argbGlyphs = x.newId(), a8Glyphs = x.newId();
            x.request(RENDER, 17, x.body().putInt(argbGlyphs).putInt(ARGB32).bytes());
            x.request(RENDER, 17, x.body().putInt(a8Glyphs).putInt(A8).bytes());
            got.add("AddGlyphs 32768 x 32768 x 32 " + renderAnswer(x, 20, x.body().putInt(argbGlyphs).putInt(1)
                    .putInt(9).put16(0x8000).put16(0x8000).put16(0).put16(0).put16(0).put16(0).bytes()));
            got.add("CompositeGlyphs8 glyph never added " + renderAnswer(x, 23, x.body().put8(3).put8(0).put16(0)
                    .putInt(solid).putInt(pic).putInt(0).putInt(a8Glyphs).put16(0).put16(0).put8(1).put8(0).put16(0)
                    .put16(2).put16(2).put8(42).pad().bytes()));
            assertEquals(List.of(
                    "CreatePicture on an InputOnly window BadMatch",
                    "CreatePicture x8r8g8b8 on a depth-8 pixmap BadMatch",
                    "ChangePicture clip mask of depth 8 BadMatch",
                    "ChangePicture clip mask freed BadPixmap",
                    "ChangePicture alpha map solid fill BadMatch",
                    "ChangePicture alpha map on a window BadMatch",
                    "ChangePicture freed picture BadPicture",
                    "SetPictureClipRectangles solid fill BadPicture",
                    "SetPictureTransform solid fill ok",
                    "CreateCursor from a solid fill BadDrawable",
                    "CreateCursor hotspot outside BadMatch",
                    "CreateCursor from a window ok",
                    "AddGlyphs 32768 x 32768 x 32 BadLength",
                    "CompositeGlyphs8 glyph never added ok"), got);
            x.roundTrip();
        }
    }

    /** Sends a RENDER request and a GetInputFocus: "ok", or the name of the error the request got. */
    private static String renderAnswer(RawXConnection x, int minor, byte[] body) {
        int seq = x.request(RENDER, minor, body);
        int probe = x.request(43, 0, new byte[0]);
        RawXConnection.Message m = x.readReplyOrError();
        if (m.type() == RawXConnection.REPLY && m.sequence() == probe) {
            return "ok";
        }
        if (m.type() != RawXConnection.ERROR || m.sequence() != seq) {
            throw new AssertionError("unexpected " + m);
        }
        RawXConnection.Message reply = x.readReplyOrError();
        if (reply.type() != RawXConnection.REPLY || reply.sequence() != probe) {
            throw new AssertionError("a second answer " + reply + " after " + m);
        }
        return switch (m.code()) {
            case BAD_PICT_FORMAT -> "BadPictFormat";
            case BAD_PICTURE -> "BadPicture";
            case BAD_GLYPH_SET -> "BadGlyphSet";
            case BAD_GLYPH -> "BadGlyph";
            default -> RawXConnection.errorName(m.code());
        };
    }

    /** A CreateWindow body without attributes given one: its value-mask bit and value. */
    private static byte[] withAttribute(RawXConnection x, byte[] createWindow, int bit, int value) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(createWindow.length + 4).order(x.order());
        b.put(createWindow).putInt(24, bit).putInt(createWindow.length, value);
        return b.array();
    }

    /** The id of a depth-32 visual in the setup reply, or 0. */
    private static int argbVisual(RawXConnection x) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(x.setup().raw()).order(x.order());
        int vendorLength = b.getShort(24) & 0xFFFF;
        int at = 40 + ((vendorLength + 3) & ~3) + 8 * (b.get(29) & 0xFF); // the first screen
        int depths = b.get(at + 39) & 0xFF;
        at += 40;
        for (int i = 0; i < depths; i++) {
            int depth = b.get(at) & 0xFF, visuals = b.getShort(at + 2) & 0xFFFF;
            if (depth == 32 && visuals > 0) return b.getInt(at + 8);
            at += 8 + 24 * visuals;
        }
        return 0;
    }

    /** CreateWindow body: child of the root at (1,1) with the given size, border width and class. */
    /** XInputExtension's major opcode and first error (BadDevice), from QueryExtension. */
    private static int[] xinput(RawXConnection x) {
        byte[] name = "XInputExtension".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes());
        RawXConnection.Message query = x.readReplyOrError();
        assertEquals(1, query.bytes()[8], "XInputExtension present");
        return new int[] {query.bytes()[9] & 0xFF, query.bytes()[11] & 0xFF};
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void xinputDevicesThatDoNotExistAndBadArgumentsGetXvfbsErrors(String byteOrder) {
        try (RawXConnection x = hostile(order(byteOrder))) {
            int[] xi = xinput(x);
            int major = xi[0], badDevice = xi[1];
            int root = x.setup().rootWindow();
            // XIQueryDevice of device 99: BadDevice naming it
            RawXConnection.Message e = x.expectError(badDevice, x.request(major, 48, x.body().put16(99).put16(0).bytes()));
            assertEquals(99, e.badValue());
            assertEquals(48, e.minorOpcode());
            // XIQueryVersion 1.0: BadValue 1
            e = x.expectError(BAD_VALUE, x.request(major, 47, x.body().put16(1).put16(0).bytes()));
            assertEquals(1, e.badValue());
            // XISelectEvents with no mask: BadValue; with device 99: BadDevice
            x.expectError(BAD_VALUE, x.request(major, 46, x.body().putInt(root).put16(0).put16(0).bytes()));
            // (XI2 masks are bit arrays of bytes, bit n in byte n / 8, in either byte order.)
            x.expectError(badDevice, x.request(major, 46, x.body().putInt(root).put16(1).put16(0)
                    .put16(99).put16(1).putBytes(new byte[] {4, 0, 0, 0}).bytes()));
            // HierarchyChanged selected for one device: BadValue 11
            e = x.expectError(BAD_VALUE, x.request(major, 46, x.body().putInt(root).put16(1).put16(0)
                    .put16(2).put16(1).putBytes(new byte[] {0, 1 << 3, 0, 0}).bytes()));
            assertEquals(11, e.badValue());
            // XIQueryPointer of the master keyboard: BadDevice 3
            e = x.expectError(badDevice, x.request(major, 40, x.body().putInt(root).put16(3).put16(0).bytes()));
            assertEquals(3, e.badValue());
            // XIGetProperty of device 42: BadDevice
            x.expectError(badDevice, x.request(major, 59, x.body().put16(42).put8(0).put8(0).putInt(1).putInt(0)
                    .putInt(0).putInt(1).bytes()));
            // XIListProperties one word long: BadLength
            x.expectError(BAD_LENGTH, x.request(major, 56, x.body().put16(2).put16(0).putInt(0).bytes()));
            // XIGrabDevice with grab mode 7: BadValue 7
            e = x.expectError(BAD_VALUE, x.request(major, 51, x.body().putInt(root).putInt(0).putInt(0).put16(2)
                    .put8(7).put8(1).put8(0).put8(0).put16(1).putBytes(new byte[] {4, 0, 0, 0}).bytes()));
            assertEquals(7, e.badValue());
            // GetExtensionVersion announcing a 15-byte name it does not carry: BadLength
            x.expectError(BAD_LENGTH, x.request(major, 1, x.body().put16(15).put16(0).bytes()));
            // "Device Enabled" set to 0 on the master pointer and on the XTEST keyboard: BadAccess naming the
            // property (they cannot be disabled); as two bytes: BadValue
            byte[] enabled = "Device Enabled".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            x.request(16, 0, x.body().put16(enabled.length).put16(0).putBytes(enabled).pad().bytes());
            int atom = x.readReplyOrError().card32(8), integer = 19;
            for (int device : new int[] {2, 5}) {
                e = x.expectError(10, x.request(major, 57, x.body().put16(device).put8(0).put8(8).putInt(atom)
                        .putInt(integer).putInt(1).putBytes(new byte[] {0, 0, 0, 0}).bytes()));
                assertEquals(atom, e.badValue());
            }
            e = x.expectError(BAD_VALUE, x.request(major, 57, x.body().put16(4).put8(0).put8(8).putInt(atom)
                    .putInt(integer).putInt(2).putBytes(new byte[] {1, 1, 0, 0}).bytes()));
            assertEquals(atom, e.badValue());
            x.roundTrip();
        }
    }

    private static byte[] createWindow(RawXConnection x, int id, int width, int height, int border, int windowClass) {
        return x.body().putInt(id).putInt(x.setup().rootWindow()).put16(1).put16(1).put16(width).put16(height)
                .put16(border).put16(windowClass).putInt(0).putInt(0).bytes();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
