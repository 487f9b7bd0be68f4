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
    static final int BAD_VALUE = 2;
    static final int BAD_WINDOW = 3;
    static final int BAD_DRAWABLE = 9;
    static final int BAD_COLOR = 12;
    static final int BAD_GC = 13;
    static final int BAD_LENGTH = 16;
    static final int CHANGE_PROPERTY = 18, CREATE_GC = 55, CHANGE_GC = 56, SET_CLIP_RECTANGLES = 59, POLY_SEGMENT = 66;
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
    void valueListsAndItemListsAreCountedAfterTheirLookups(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            // Xorg checks these requests' fixed part, looks their resources up, and only then counts values or
            // items: with a bogus id and a length that is also wrong, the lookup's error comes first
            int bogus = x.setup().resourceIdBase() | 0x4321;
            int root = x.setup().rootWindow();
            int gc = x.newId();
            x.request(CREATE_GC, 0, x.body().putInt(gc).putInt(root).putInt(0).bytes());
            // ChangeGC naming the foreground with no value sent
            lookupError(x, BAD_GC, bogus, x.request(CHANGE_GC, 0, x.body().putInt(bogus).putInt(0x4).bytes()));
            // CreateGC on a bogus drawable naming the foreground with no value sent
            lookupError(x, BAD_DRAWABLE, bogus, x.request(CREATE_GC, 0,
                x.body().putInt(x.newId()).putInt(bogus).putInt(0x4).bytes()));
            // PolySegment on a bogus drawable with one segment and half of another
            lookupError(x, BAD_DRAWABLE, bogus, x.request(POLY_SEGMENT, 0, x.body().putInt(bogus).putInt(gc)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes()));
            // SetClipRectangles on a bogus GC with one rectangle and half of another
            lookupError(x, BAD_GC, bogus, x.request(SET_CLIP_RECTANGLES, 0, x.body().putInt(bogus).put16(0).put16(0)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes()));
            // StoreColors on a bogus colormap with one item and two thirds of another
            lookupError(x, BAD_COLOR, bogus, x.request(STORE_COLORS, 0, x.body().putInt(bogus)
                .putInt(0).put16(0).put16(0).put16(0).put8(7).put8(0).putInt(1).putInt(0).bytes()));
            // and with the resources there, the same lengths are BadLength
            badLength(x, CHANGE_GC, x.request(CHANGE_GC, 0, x.body().putInt(gc).putInt(0x4).bytes()));
            badLength(x, CREATE_GC, x.request(CREATE_GC, 0, x.body().putInt(x.newId()).putInt(root).putInt(0x4).bytes()));
            badLength(x, POLY_SEGMENT, x.request(POLY_SEGMENT, 0, x.body().putInt(root).putInt(gc)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes()));
            badLength(x, SET_CLIP_RECTANGLES, x.request(SET_CLIP_RECTANGLES, 0, x.body().putInt(gc).put16(0).put16(0)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes()));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void shapeRectanglesLooksItsWindowUpBeforeCountingRectangles(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            byte[] name = "SHAPE".getBytes(StandardCharsets.ISO_8859_1);
            x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes()); // QueryExtension
            RawXConnection.Message query = x.readReplyOrError();
            assertEquals(1, query.bytes()[8], "SHAPE present");
            int shape = query.bytes()[9] & 0xFF;
            int bogus = x.setup().resourceIdBase() | 0x4321;
            // ShapeRectangles (minor 1): Set, Bounding, Unsorted, on a bogus window, one rectangle and a half
            byte[] partial = x.body().put8(0).put8(0).put8(0).put8(0).putInt(bogus).put16(0).put16(0)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes();
            RawXConnection.Message e = x.expectError(BAD_WINDOW, x.request(shape, 1, partial));
            assertEquals(bogus, e.badValue());
            assertEquals(shape, e.majorOpcode(), "major opcode in the error");
            // on the root window the partial rectangle is BadLength
            byte[] onRoot = x.body().put8(0).put8(0).put8(0).put8(0).putInt(x.setup().rootWindow()).put16(0).put16(0)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes();
            badLength(x, shape, x.request(shape, 1, onRoot));
            // an operation that does not exist (9) is checked after the count: still BadLength
            byte[] badOp = x.body().put8(9).put8(0).put8(0).put8(0).putInt(x.setup().rootWindow()).put16(0).put16(0)
                .put16(0).put16(0).put16(5).put16(5).put16(1).put16(1).bytes();
            badLength(x, shape, x.request(shape, 1, badOp));
            x.roundTrip();
        }
    }

    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void changePropertyChecksModeAndFormatThenLengthThenItsWindow(String byteOrder) {
        try (RawXConnection x = connect(byteOrder)) {
            int bogus = x.setup().resourceIdBase() | 0x4321;
            // on a bogus window, 3 units of 32 bits announced and 8 bytes sent: BadLength before BadWindow
            badLength(x, CHANGE_PROPERTY, x.request(CHANGE_PROPERTY, 0, x.body().putInt(bogus).putInt(39).putInt(31)
                .put8(32).put8(0).put16(0).putInt(3).putInt(1).putInt(2).bytes()));
            // format 7 with the same wrong length: BadValue (the format) first
            RawXConnection.Message e = x.expectError(BAD_VALUE, x.request(CHANGE_PROPERTY, 0, x.body().putInt(bogus)
                .putInt(39).putInt(31).put8(7).put8(0).put16(0).putInt(3).putInt(1).putInt(2).bytes()));
            assertEquals(7, e.badValue());
            // mode 3 likewise
            e = x.expectError(BAD_VALUE, x.request(CHANGE_PROPERTY, 3, x.body().putInt(bogus)
                .putInt(39).putInt(31).put8(32).put8(0).put16(0).putInt(3).putInt(1).putInt(2).bytes()));
            assertEquals(3, e.badValue());
            // 0x08000001 units of 32 bits with 4 bytes sent (the count wraps to 4 in 32-bit arithmetic)
            badLength(x, CHANGE_PROPERTY, x.request(CHANGE_PROPERTY, 0, x.body().putInt(x.setup().rootWindow())
                .putInt(39).putInt(31).put8(32).put8(0).put16(0).putInt(0x08000001).putInt(1).bytes()));
            // the right length on the bogus window: BadWindow
            lookupError(x, BAD_WINDOW, bogus, x.request(CHANGE_PROPERTY, 0, x.body().putInt(bogus).putInt(39)
                .putInt(31).put8(32).put8(0).put16(0).putInt(2).putInt(1).putInt(2).bytes()));
            x.roundTrip();
        }
    }

    /** Expects the error of a failed lookup, naming the bogus id. */
    private static void lookupError(RawXConnection x, int code, int id, int sequence) {
        RawXConnection.Message e = x.expectError(code, sequence);
        assertEquals(id, e.badValue(), "bad resource id in the error");
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
