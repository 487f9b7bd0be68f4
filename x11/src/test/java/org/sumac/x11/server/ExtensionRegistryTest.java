package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Extensions.Definition;

/** The extension registry assigns numbers as Xorg does and refuses two extensions that would share any. */
class ExtensionRegistryTest {
    private static Extensions.Handler handler() {
        return (c, r, minor) -> { throw new XError(XError.REQUEST, 0); };
    }

    @Test
    void twoExtensionsRegisteredWithTheSameOpcodeAreRefusedAtStart() {
        Extensions ext = new Extensions();
        ext.register(Definition.of("ONE", 0, 0).at(130, 0, 0), b -> handler());
        var e = assertThrows(Extensions.ConflictException.class,
            () -> ext.register(Definition.of("TWO", 0, 0).at(130, 0, 0), b -> handler()));
        assertEquals("extensions ONE and TWO both want major opcode 130", e.getMessage());
        assertEquals(1, ext.all().size(), "the refused extension is not registered");
    }

    @Test
    void twoExtensionsWithTheSameNameAreRefused() {
        Extensions ext = new Extensions();
        ext.register(Definition.of("SHAPE", 1, 0), b -> handler());
        var e = assertThrows(Extensions.ConflictException.class, () -> ext.register(Definition.of("SHAPE", 1, 0), b -> handler()));
        assertTrue(e.getMessage().contains("registered twice"), e.getMessage());
    }

    @Test
    void overlappingEventOrErrorRangesAreRefused() {
        Extensions ext = new Extensions();
        ext.register(Definition.of("A", 3, 2).at(128, 64, 128), b -> handler());
        assertThrows(Extensions.ConflictException.class, () -> ext.register(Definition.of("B", 1, 0).at(129, 66, 0), b -> handler()));
        assertThrows(Extensions.ConflictException.class, () -> ext.register(Definition.of("C", 0, 1).at(129, 0, 129), b -> handler()));
        assertThrows(Extensions.ConflictException.class, () -> ext.register(Definition.of("D", 0, 0).at(127, 0, 0), b -> handler()));
    }

    @Test
    void numbersAreAssignedInXorgOrderAroundTheAskedForOnes() {
        Extensions ext = new Extensions();
        ext.register(Definition.of("FIXED", 1, 1).at(128, 64, 128), b -> handler());
        var a = ext.register(Definition.of("A", 2, 3), b -> handler());
        var b = ext.register(Definition.of("B", 0, 0), x -> handler());
        var c = ext.register(Definition.of("C", 1, 1), x -> handler());
        assertEquals(new Extensions.Extension("A", 129, 65, 129, 2, 3, a.handler()), a);
        assertEquals(130, b.majorOpcode());
        assertEquals(0, b.firstEvent(), "no events: QueryExtension says 0");
        assertEquals(131, c.majorOpcode());
        assertEquals(67, c.firstEvent());
        assertEquals(132, c.firstError());
        assertEquals(c, ext.byEvent(67));
        assertEquals(a, ext.byEvent(66));
    }

    @Test
    void anEventLayoutThatDoesNotCoverThirtyTwoBytesIsRefused() {
        Extensions ext = new Extensions();
        Extensions.Handler bad = new Extensions.Handler() {
            @Override public void dispatch(Client c, org.sumac.x11.protocol.RequestReader r, int minor) { }
            @Override public byte[] eventFieldWidths(int event) { return new byte[] {1, 1, 2, 4}; }
        };
        var e = assertThrows(Extensions.ConflictException.class, () -> ext.register(Definition.of("E", 1, 0), b -> bad));
        assertTrue(e.getMessage().contains("cover 8 bytes"), e.getMessage());
    }

    @Test
    void theDisplaysExtensionsKeepXvfbsNumbers() {
        try (XServer server = new XServer(DisplayConfig.of(47))) {
            var shape = server.extensions.byName("SHAPE");
            assertEquals(129, shape.majorOpcode());
            assertEquals(64, shape.firstEvent());
            var xkb = server.extensions.byName("XKEYBOARD");
            assertEquals(135, xkb.majorOpcode());
            assertEquals(85, xkb.firstEvent());
            assertEquals(137, xkb.firstError());
            assertEquals(133, server.extensions.byName("BIG-REQUESTS").majorOpcode());
            var sync = server.extensions.byName("SYNC");
            assertEquals(List.of(134, 83, 134), List.of(sync.majorOpcode(), sync.firstEvent(), sync.firstError()));
        }
    }
}
