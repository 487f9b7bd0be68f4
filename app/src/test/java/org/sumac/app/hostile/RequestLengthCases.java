package org.sumac.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.XServerProcess;

/**
 * Issue 19 point 2 for the colormap and input requests: a request that is not exactly its length is BadLength,
 * and BadLength comes before the request's other checks (BadAlloc, BadAccess, BadColor). Every case runs on
 * Xvfb ({@link XvfbRequestLengthBadInputTest}: the expectations are a real X server's) and on Sumac
 * ({@link SumacRequestLengthBadInputTest}), which must answer with the same error, sequence and opcode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RequestLengthCases {
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final int BAD_COLOR = 12;
    static final int BAD_LENGTH = 16;
    static final int ALLOC_NAMED_COLOR = 85, ALLOC_COLOR_CELLS = 86, ALLOC_COLOR_PLANES = 87, STORE_COLORS = 89,
        STORE_NAMED_COLOR = 90, LOOKUP_COLOR = 92;

    private XServerProcess server;

    /** Starts the server under test (Xvfb or Sumac), 320x240. */
    abstract XServerProcess startServer();

    @BeforeAll
    void start() {
        server = startServer();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private RawXConnection connect(String byteOrder) {
        return RawXConnection.connect(server.socketPath(),
            byteOrder.equals("B") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, TIMEOUT);
    }

    /** Expects BadLength for that request, naming its opcode. */
    private static void badLength(RawXConnection x, int opcode, int sequence) {
        RawXConnection.Message e = x.expectError(BAD_LENGTH, sequence);
        assertEquals(opcode, e.majorOpcode(), "major opcode in the error");
    }

    private static byte[] name(RawXConnection x, String name) {
        byte[] n = name.getBytes(StandardCharsets.ISO_8859_1);
        return x.body().put16(n.length).put16(0).putBytes(n).pad().bytes();
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void colorCellRequestsOfTheWrongLengthAreBadLengthBeforeBadAllocOrBadAccess(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            int cmap = x.setup().defaultColormap();
            x.request(127, 0, new byte[0]); // NoOperation: the errors below carry later sequence numbers
            // AllocColorCells (3 words) and AllocColorPlanes (4 words) with a spare word: the read-only default
            // colormap would answer BadAlloc for the right length
            badLength(x, ALLOC_COLOR_CELLS, x.request(ALLOC_COLOR_CELLS, 0,
                x.body().putInt(cmap).put16(1).put16(0).putInt(0).bytes()));
            badLength(x, ALLOC_COLOR_PLANES, x.request(ALLOC_COLOR_PLANES, 0,
                x.body().putInt(cmap).put16(1).put16(0).put16(0).put16(0).putInt(0).bytes()));
            // StoreColors with 8 bytes of items (an item is 12): BadAccess for whole items
            badLength(x, STORE_COLORS, x.request(STORE_COLORS, 0,
                x.body().putInt(cmap).putInt(0).putInt(0).bytes()));
            // StoreNamedColor whose name "red" is followed by a spare word: BadAccess for the exact length
            badLength(x, STORE_NAMED_COLOR, x.request(STORE_NAMED_COLOR, 7,
                x.body().putInt(cmap).putInt(0).putBytes(name(x, "red")).putInt(0).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void colormapRequestsOfTheWrongLengthAreBadLengthBeforeBadColor(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            int bogus = x.setup().resourceIdBase() | 0x4321;
            badLength(x, ALLOC_COLOR_CELLS, x.request(ALLOC_COLOR_CELLS, 0,
                x.body().putInt(bogus).put16(1).put16(0).putInt(0).bytes()));
            badLength(x, ALLOC_COLOR_PLANES, x.request(ALLOC_COLOR_PLANES, 0,
                x.body().putInt(bogus).put16(1).put16(0).put16(0).put16(0).putInt(0).bytes()));
            badLength(x, STORE_NAMED_COLOR, x.request(STORE_NAMED_COLOR, 7,
                x.body().putInt(bogus).putInt(0).putBytes(name(x, "red")).putInt(0).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void colorNamesFollowedByASpareWordAreBadLength(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            int cmap = x.setup().defaultColormap();
            badLength(x, ALLOC_NAMED_COLOR, x.request(ALLOC_NAMED_COLOR, 0,
                x.body().putInt(cmap).putBytes(name(x, "red")).putInt(0).bytes()));
            badLength(x, LOOKUP_COLOR, x.request(LOOKUP_COLOR, 0,
                x.body().putInt(cmap).putBytes(name(x, "red")).putInt(0).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void fixedSizeInputRequestsOneWordTooLongAreBadLength(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            int[][] requests = { // opcode, exact size in words; all fields zero, so a check
                // made before the length check would answer BadWindow or BadValue instead
                {26, 6}, // GrabPointer
                {27, 2}, // UngrabPointer
                {28, 6}, // GrabButton
                {29, 3}, // UngrabButton
                {30, 4}, // ChangeActivePointerGrab
                {31, 4}, // GrabKeyboard
                {32, 2}, // UngrabKeyboard
                {33, 4}, // GrabKey
                {34, 3}, // UngrabKey
                {35, 2}, // AllowEvents
                {38, 2}, // QueryPointer
                {39, 4}, // GetMotionEvents
                {41, 6}, // WarpPointer
                {42, 3}, // SetInputFocus
                {44, 1}, // QueryKeymap
                {101, 2}, // GetKeyboardMapping
                {103, 1}, // GetKeyboardControl
                {104, 1}, // Bell
                {105, 3}, // ChangePointerControl
                {106, 1}, // GetPointerControl
                {117, 1}, // GetPointerMapping
                {119, 1}, // GetModifierMapping
                {25, 11}, // SendEvent
            };
            for (int[] request : requests) {
                byte[] body = new byte[request[1] * 4]; // the body after the header, plus one spare word
                badLength(x, request[0], x.request(request[0], 0, body));
            }
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void keyboardControlIsBadLengthBeforeItsMaskIsChecked(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            // ChangeKeyboardControl naming bit 8, which does not exist, and sending no value for it
            badLength(x, 102, x.request(102, 0, x.body().putInt(0x100).bytes()));
            // ChangeKeyboardControl with one value too many for its mask (bell percent)
            badLength(x, 102, x.request(102, 0, x.body().putInt(0x2).putInt(50).putInt(0).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void storeColorsLooksItsColormapUpBeforeCountingItems(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            // Xorg's one exception among these requests: StoreColors on a bogus colormap with a partial item is
            // BadColor, not BadLength; shorter than its fixed part it is BadLength
            int bogus = x.setup().resourceIdBase() | 0x4321;
            RawXConnection.Message e = x.expectError(BAD_COLOR, x.request(STORE_COLORS, 0,
                x.body().putInt(bogus).putInt(0).putInt(0).bytes()));
            assertEquals(bogus, e.badValue());
            badLength(x, STORE_COLORS, x.request(STORE_COLORS, 0, new byte[0]));
            x.roundTrip();
        }
    }
}
