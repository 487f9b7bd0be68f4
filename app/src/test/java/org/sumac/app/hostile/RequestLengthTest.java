package org.sumac.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * Issue 19 point 2 for the window, property, selection and font requests: a request one word longer than its
 * exact size, or one word shorter, is BadLength, with the same sequence number and major opcode on Sumac as on
 * Xvfb. Sumac used to accept one spare word on DestroyWindow, MapWindow, GetGeometry, QueryTree, InternAtom,
 * OpenFont, SetFontPath and most others. Arguments are harmless ones (the root window, PRIMARY, "fixed", an
 * unused id where the root would destroy or map something); a server that ignored the length would answer
 * with a reply, no error, or another error than BadLength.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLengthTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int PRIMARY = 1, STRING = 31, WM_NAME = 39;

    /** A request at its exact size: opcode, data byte and body (a multiple of 4 bytes) for a connection. */
    record Request(String name, int opcode, int data, Function<RawXConnection, byte[]> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    private XServerProcess xvfb, sumac;

    @BeforeAll
    void startServers() {
        SumacProcess.assumeAvailable();
        xvfb = XvfbProcess.start(320, 240, "-noreset"); // a reset after each case's client would slow every case
        sumac = SumacProcess.start(320, 240);
    }

    @AfterAll
    void stopServers() {
        if (xvfb != null) {
            xvfb.close();
        }
        if (sumac != null) {
            sumac.close();
        }
    }

    private static Request r(String name, int opcode, int data, Function<RawXConnection, byte[]> body) {
        return new Request(name, opcode, data, body);
    }

    private static int root(RawXConnection x) {
        return x.setup().rootWindow();
    }

    /** Just the window (or drawable, font) id: the body of many fixed-size requests. */
    private static Function<RawXConnection, byte[]> rootOnly() {
        return x -> x.body().putInt(root(x)).bytes();
    }

    private static byte[] name(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Request> requests() {
        return Stream.of(
            r("CreateWindow", 1, 0, x -> x.body().putInt(x.newId()).putInt(root(x)).put16(0).put16(0).put16(10)
                .put16(10).put16(0).put16(1).putInt(0).putInt(0).bytes()),
            r("ChangeWindowAttributes", 2, 0, x -> x.body().putInt(root(x)).putInt(0).bytes()),
            r("GetWindowAttributes", 3, 0, rootOnly()),
            r("DestroyWindow", 4, 0, rootOnly()),
            r("DestroySubwindows", 5, 0, x -> x.body().putInt(x.newId()).bytes()),
            r("ChangeSaveSet", 6, 0, rootOnly()),
            r("ReparentWindow", 7, 0, x -> x.body().putInt(root(x)).putInt(root(x)).putInt(0).bytes()),
            r("MapWindow", 8, 0, rootOnly()),
            r("MapSubwindows", 9, 0, x -> x.body().putInt(x.newId()).bytes()),
            r("UnmapWindow", 10, 0, rootOnly()),
            r("UnmapSubwindows", 11, 0, x -> x.body().putInt(x.newId()).bytes()),
            r("ConfigureWindow", 12, 0, x -> x.body().putInt(root(x)).put16(0).put16(0).bytes()),
            r("CirculateWindow", 13, 0, rootOnly()),
            r("GetGeometry", 14, 0, rootOnly()),
            r("QueryTree", 15, 0, rootOnly()),
            r("InternAtom", 16, 1, x -> x.body().put16(4).put16(0).putBytes(name("abcd")).bytes()),
            r("GetAtomName", 17, 0, x -> x.body().putInt(PRIMARY).bytes()),
            r("ChangeProperty", 18, 0, x -> x.body().putInt(root(x)).putInt(PRIMARY).putInt(STRING).put8(8).put8(0)
                .put16(0).putInt(4).putBytes(name("abcd")).bytes()),
            r("DeleteProperty", 19, 0, x -> x.body().putInt(root(x)).putInt(PRIMARY).bytes()),
            r("GetProperty", 20, 0, x -> x.body().putInt(root(x)).putInt(WM_NAME).putInt(0).putInt(0).putInt(0)
                .bytes()),
            r("ListProperties", 21, 0, rootOnly()),
            r("SetSelectionOwner", 22, 0, x -> x.body().putInt(0).putInt(PRIMARY).putInt(0).bytes()),
            r("GetSelectionOwner", 23, 0, x -> x.body().putInt(PRIMARY).bytes()),
            r("ConvertSelection", 24, 0, x -> x.body().putInt(root(x)).putInt(PRIMARY).putInt(STRING).putInt(0)
                .putInt(0).bytes()),
            r("TranslateCoordinates", 40, 0, x -> x.body().putInt(root(x)).putInt(root(x)).putInt(0).bytes()),
            r("OpenFont", 45, 0, x -> x.body().putInt(x.newId()).put16(5).put16(0).putBytes(name("fixed")).pad()
                .bytes()),
            r("CloseFont", 46, 0, x -> x.body().putInt(x.newId()).bytes()),
            r("QueryFont", 47, 0, x -> x.body().putInt(x.newId()).bytes()),
            r("ListFonts", 49, 0, x -> x.body().put16(1).put16(1).putBytes(name("*")).pad().bytes()),
            r("ListFontsWithInfo", 50, 0, x -> x.body().put16(1).put16(1).putBytes(name("*")).pad().bytes()),
            r("SetFontPath", 51, 0, x -> x.body().put16(0).put16(0).bytes()),
            r("GetFontPath", 52, 0, x -> new byte[0]),
            r("RotateProperties", 114, 0, x -> x.body().putInt(root(x)).put16(0).put16(0).bytes()));
    }

    static Stream<Request> requestsWithABody() {
        return requests().filter(q -> q.opcode() != 52); // GetFontPath is its header alone: no shorter length
    }

    /** What a server answers first to the request with {@code extraBytes} (negative: fewer), after a NoOperation. */
    private static String answer(XServerProcess server, Request q, ByteOrder order, int extraBytes) {
        try (RawXConnection x = RawXConnection.connect(server.socketPath(), order, TIMEOUT)) {
            x.request(127, 0, new byte[0]); // NoOperation: the error must name sequence 2
            byte[] exact = q.body().apply(x);
            int seq = x.request(q.opcode(), q.data(), Arrays.copyOf(exact, exact.length + extraBytes));
            x.request(43, 0, new byte[0]); // GetInputFocus: its reply comes first when the request was accepted
            RawXConnection.Message m = x.readReplyOrError();
            String answer = !m.isError() ? "no error (reply seq " + m.sequence() + ")"
                : "error " + m.code() + " (" + RawXConnection.errorName(m.code()) + ") seq " + m.sequence()
                    + " major " + m.majorOpcode() + " minor " + m.minorOpcode();
            return answer + (m.sequence() == seq ? "" : ", not for the request (seq " + seq + ")");
        }
    }

    private void sameAsXvfb(Request q, ByteOrder order, int extraBytes) {
        String expected = "error 16 (BadLength) seq 2 major " + q.opcode() + " minor 0";
        assertEquals(expected, answer(xvfb, q, order, extraBytes), "Xvfb, the reference");
        assertEquals(expected, answer(sumac, q, order, extraBytes), "Sumac");
        sumac.assertAlive();
    }

    /** Value lists naming two values and carrying one, on a window (CreateWindow: a parent) that does not exist. */
    static Stream<Request> valueListsOnAMissingWindow() {
        return Stream.of(
            r("CreateWindow", 1, 0, x -> x.body().putInt(x.newId()).putInt(x.newId()).put16(0).put16(0).put16(10)
                .put16(10).put16(0).put16(1).putInt(0).putInt(0x3).putInt(0).bytes()),
            r("ChangeWindowAttributes", 2, 0, x -> x.body().putInt(x.newId()).putInt(0x3).putInt(0).bytes()),
            r("ConfigureWindow", 12, 0, x -> x.body().putInt(x.newId()).put16(0x3).put16(0).putInt(0).bytes()));
    }

    /** Xorg counts a value list only once it has found the window: BadWindow comes before BadLength there. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("valueListsOnAMissingWindow")
    void aValueListOfTheWrongLengthOnAMissingWindowIsBadWindow(Request q) {
        String expected = "error 3 (BadWindow) seq 2 major " + q.opcode() + " minor 0";
        assertEquals(expected, answer(xvfb, q, ByteOrder.LITTLE_ENDIAN, 0), "Xvfb, the reference");
        assertEquals(expected, answer(sumac, q, ByteOrder.LITTLE_ENDIAN, 0), "Sumac");
    }

    /**
     * 2^27 units of 32 bits are 2^32 bits: a size computed in 32-bit arithmetic wraps to 0 and would match an
     * empty request. Xorg counts in 64 bits and answers BadLength.
     */
    @Test
    void aChangePropertyWhoseSizeWrapsAroundIsBadLength() {
        Request q = r("ChangeProperty", 18, 0, x -> x.body().putInt(root(x)).putInt(PRIMARY).putInt(STRING).put8(32)
            .put8(0).put16(0).putInt(1 << 27).bytes());
        String expected = "error 16 (BadLength) seq 2 major 18 minor 0";
        assertEquals(expected, answer(xvfb, q, ByteOrder.LITTLE_ENDIAN, 0), "Xvfb, the reference");
        assertEquals(expected, answer(sumac, q, ByteOrder.LITTLE_ENDIAN, 0), "Sumac");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aRequestOneWordLongerThanItsExactSizeIsBadLength(Request q) {
        sameAsXvfb(q, ByteOrder.LITTLE_ENDIAN, 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsWithABody")
    void aRequestOneWordShorterThanItsExactSizeIsBadLength(Request q) {
        sameAsXvfb(q, ByteOrder.BIG_ENDIAN, -4);
    }
}
