package org.sumac.app.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.XServerProcess;

/**
 * Issue 13, XKEYBOARD: the keymap Sumac serves is the one Xvfb serves (rules evdev, model pc105, layout us,
 * compiled by xkbcomp from xkeyboard-config). xkbcomp reads it back through GetMap, GetCompatMap,
 * GetIndicatorMap, GetNames, GetControls and GetGeometry and prints it: the outputs must be equal, geometry
 * included. The replies that carry no atoms are compared byte for byte, in both byte orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XkbKeymapTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private XServerProcess xvfb;
    private XServerProcess sumac;

    @BeforeAll
    void startServers() {
        xvfb = TestServers.xvfb(320, 240);
        sumac = TestServers.underTest(320, 240);
    }

    @AfterAll
    void stopServers() {
        try {
            if (sumac != null) sumac.close();
        } finally {
            if (xvfb != null) xvfb.close();
        }
    }

    @Test
    void xkbcompPrintsTheKeymapXvfbPrints() {
        String onXvfb = IntrospectionToolsTest.run(xvfb, "xkbcomp", "-w", "0", xvfb.display(), "-");
        String onSumac = IntrospectionToolsTest.run(sumac, "xkbcomp", "-w", "0", sumac.display(), "-");
        assertTrue(onXvfb.contains("xkb_symbols \"pc+us+inet(evdev)\""), onXvfb.substring(0, Math.min(300, onXvfb.length())));
        assertTrue(onXvfb.split("\n").length > 1000, "a whole keymap");
        assertTrue(onXvfb.contains("xkb_geometry \"pc(pc105)\""), "Xvfb's keymap has a geometry");
        assertEquals(onXvfb, onSumac);
    }

    /** GetMap (every part), GetCompatMap (all interpretations, all groups), GetIndicatorMap, GetControls, GetDeviceInfo. */
    @ParameterizedTest(name = "byte order {0}")
    @ValueSource(strings = {"l", "B"})
    void repliesWithoutAtomsAreXvfbsByteForByte(String byteOrder) {
        ByteOrder order = byteOrder.equals("l") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        Xkb onXvfb = xkb(xvfb, order);
        Xkb onSumac = xkb(sumac, order);
        try (RawXConnection a = onXvfb.x(); RawXConnection b = onSumac.x()) {
            for (Request r : REQUESTS) {
                byte[] expected = onXvfb.ask(r);
                byte[] actual = onSumac.ask(r);
                assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(actual), r.name());
            }
        }
    }

    record Request(String name, int minor) { }

    private static final java.util.List<Request> REQUESTS = java.util.List.of(new Request("GetMap full", 8),
            new Request("GetCompatMap", 10), new Request("GetIndicatorMap", 13), new Request("GetControls", 6),
            new Request("GetDeviceInfo", 24), new Request("GetState", 4));

    /** The request's body in the connection's byte order. */
    private static byte[] bodyOf(RawXConnection x, Request r) {
        return switch (r.minor()) {
            // deviceSpec UseCoreKbd, full every part, partial none, then zero ranges and virtualMods
            case 8 -> x.body().put16(0x100).put16(0xff).put16(0).putBytes(new byte[14]).put16(0).bytes();
            // groups all, getAllSI, firstSI 0, nSI 0
            case 10 -> x.body().put16(0x100).put8(0xf).put8(1).put16(0).put16(0).bytes();
            case 13 -> x.body().put16(0x100).put16(0).putInt(-1).bytes();
            case 6, 4 -> x.body().put16(0x100).put16(0).bytes();
            // nothing wanted (what xkbcommon-x11 asks): the indicator parts carry atoms, numbered differently
            case 24 -> x.body().put16(0x100).put16(0).put8(0).put8(0).put8(0).put8(0).put16(0x300).put16(0x400).bytes();
            default -> throw new IllegalArgumentException();
        };
    }

    /** A connection that said UseExtension, and XKEYBOARD's major opcode on its server. */
    record Xkb(RawXConnection x, int major) {
        byte[] ask(Request r) {
            x.request(major, r.minor(), bodyOf(x, r));
            RawXConnection.Message m = x.readReplyOrError();
            assertEquals(RawXConnection.REPLY, m.type(), r.name() + ": " + m);
            return m.bytes();
        }
    }

    /** A connection that has queried XKEYBOARD and said UseExtension 1.0. */
    static Xkb xkb(XServerProcess server, ByteOrder order) {
        RawXConnection x = RawXConnection.connect(server.socketPath(), order, TIMEOUT);
        byte[] name = "XKEYBOARD".getBytes(StandardCharsets.ISO_8859_1);
        x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes());
        RawXConnection.Message query = x.readReplyOrError();
        assertEquals(1, query.bytes()[8], "XKEYBOARD present");
        int major = query.bytes()[9] & 0xff;
        x.request(major, 0, x.body().put16(1).put16(0).bytes());
        assertEquals(RawXConnection.REPLY, x.readReplyOrError().type(), "UseExtension");
        return new Xkb(x, major);
    }
}
