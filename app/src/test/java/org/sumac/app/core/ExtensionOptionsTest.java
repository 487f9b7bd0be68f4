package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.ServerOptions;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.SumacProcess;

/** {@code -extension NAME} and {@code +extension NAME}, as Xorg's options: which extensions a display offers. */
@Timeout(120)
class ExtensionOptionsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int BAD_REQUEST = 1;

    @Test
    void minusExtensionShapeHidesShape() {
        SumacProcess.assumeAvailable();
        try (SumacProcess sumac = SumacProcess.start(320, 240, "-extension", "SHAPE")) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                try (RawXConnection x = RawXConnection.connect(sumac.socketPath(), order, TIMEOUT)) {
                    RawXConnection.Message shape = queryExtension(x, "SHAPE");
                    assertEquals(0, shape.bytes()[8], "QueryExtension SHAPE: present");
                    assertEquals(0, shape.bytes()[9], "QueryExtension SHAPE: major opcode");
                    assertEquals(1, queryExtension(x, "XTEST").bytes()[8], "the other extensions stay");
                    List<String> names = listExtensions(x);
                    assertFalse(names.contains("SHAPE"), "ListExtensions: " + names);
                    assertTrue(names.contains("BIG-REQUESTS"), "ListExtensions: " + names);
                    // SHAPE's opcode on Xvfb and on a default Sumac: no handler behind it now.
                    RawXConnection.Message e = x.expectError(BAD_REQUEST, x.request(129, 0, new byte[0]));
                    assertEquals(129, e.majorOpcode());
                    x.roundTrip();
                }
            }
        }
    }

    @Test
    void renderMitShmAndCompositeAreOfferedByDefaultAndMinusRenderTakesAllThree() {
        SumacProcess.assumeAvailable();
        List<String> modern = List.of("RENDER", "MIT-SHM", "Composite");
        try (SumacProcess sumac = SumacProcess.start(320, 240);
             RawXConnection x = RawXConnection.connect(sumac.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            List<String> names = listExtensions(x);
            assertTrue(names.containsAll(modern), "ListExtensions: " + names);
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "-extension", "RENDER");
             RawXConnection x = RawXConnection.connect(sumac.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            List<String> names = listExtensions(x);
            assertTrue(modern.stream().noneMatch(names::contains), "ListExtensions: " + names);
            assertTrue(names.contains("DAMAGE"), "ListExtensions: " + names);
        }
    }

    @Test
    void plusExtensionUndoesAnEarlierMinusExtension() throws Exception {
        var config = ServerOptions.parse(new String[] {":7", "-extension", "SHAPE", "+extension", "SHAPE",
            "-extension", "XTEST"}).display();
        assertTrue(config.extensionEnabled("SHAPE", true));
        assertFalse(config.extensionEnabled("XTEST", true));
        assertTrue(config.extensionEnabled("XKEYBOARD", true), "not named: the default");
    }

    @Test
    void anUnknownExtensionNameIsAOneLineError() {
        var e = assertThrows(ServerOptions.UsageException.class,
            () -> ServerOptions.parse(new String[] {":7", "-extension", "NO-SUCH-THING"}));
        assertTrue(e.getMessage().startsWith("unknown extension NO-SUCH-THING (known: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(new String[] {":7", "+extension"}));
    }

    private static RawXConnection.Message queryExtension(RawXConnection x, String name) {
        byte[] n = name.getBytes(StandardCharsets.ISO_8859_1);
        x.request(98, 0, x.body().put16(n.length).put16(0).putBytes(n).pad().bytes());
        RawXConnection.Message reply = x.readReplyOrError();
        assertFalse(reply.isError(), "QueryExtension " + name + ": " + reply);
        return reply;
    }

    private static List<String> listExtensions(RawXConnection x) {
        x.request(99, 0, new byte[0]);
        RawXConnection.Message reply = x.readReplyOrError();
        assertFalse(reply.isError(), "ListExtensions: " + reply);
        byte[] b = reply.bytes();
        List<String> names = new ArrayList<>();
        int p = 32;
        for (int i = 0; i < (b[1] & 0xff); i++) {
            int len = b[p] & 0xff;
            names.add(new String(b, p + 1, len, StandardCharsets.ISO_8859_1));
            p += 1 + len;
        }
        return names;
    }
}
