package org.sumac.x11.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.RawX11Client;
import org.sumac.x11.server.XServer;

/**
 * SendEvent carries an event in the sender's byte order; a receiver of the other order must get every field
 * swapped, extension events included (it got ShapeNotify's window, geometry and time byte-reversed).
 */
@Timeout(60)
class ShapeNotifySendEventTest {
    private static final int SHAPE_NOTIFY = 64;
    @TempDir
    Path dir;
    private XServer server;

    @BeforeEach
    void start() throws IOException {
        server = new XServer(DisplayConfig.of(52).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private RawX11Client connect(ByteOrder order) throws IOException {
        return new RawX11Client(dir.resolve("sockets").resolve("X52"), order);
    }

    /** Sends a ShapeNotify, built in the sender's byte order, to the client that created {@code window}. */
    private static void sendShapeNotify(RawX11Client from, int window) throws IOException {
        ByteBuffer ev = from.buffer(32).put((byte) SHAPE_NOTIFY).put((byte) 2).putShort((short) 0x1234)
            .putInt(window).putShort((short) -7).putShort((short) 300).putShort((short) 0x0102).putShort((short) 0x0304)
            .putInt(0x0A0B0C0D).put((byte) 1).put(new byte[11]);
        ev.flip();
        from.write(from.buffer(44).put((byte) 25).put((byte) 0).putShort((short) 11).putInt(window).putInt(0).put(ev));
    }

    private static void assertShapeNotify(ByteBuffer ev, int window, String who) {
        assertEquals(SHAPE_NOTIFY | 0x80, ev.get(0) & 0xff, who + ": code with the synthetic bit");
        assertEquals(2, ev.get(1), who + ": shape kind");
        assertEquals(window, ev.getInt(4), who + ": window");
        assertEquals(-7, ev.getShort(8), who + ": x");
        assertEquals(300, ev.getShort(10), who + ": y");
        assertEquals(0x0102, ev.getShort(12), who + ": width");
        assertEquals(0x0304, ev.getShort(14), who + ": height");
        assertEquals(0x0A0B0C0D, ev.getInt(16), who + ": time");
        assertEquals(1, ev.get(20), who + ": shaped");
    }

    @Test
    void aSendEventOfShapeNotifyFromAnMsbFirstClientIsByteSwappedForAnLsbFirstClient() throws IOException {
        try (RawX11Client lsb = connect(ByteOrder.LITTLE_ENDIAN); RawX11Client msb = connect(ByteOrder.BIG_ENDIAN)) {
            int window = lsb.idBase + 1;
            ShapeSelectionTest.createWindow(lsb, window);
            ShapeSelectionTest.inputSelected(lsb, window); // a round trip: the window exists
            sendShapeNotify(msb, window);
            ShapeSelectionTest.inputSelected(msb, window); // the event is queued before this reply
            assertShapeNotify(lsb.read(32), window, "LSB-first receiver");
        }
    }

    @Test
    void aSendEventOfShapeNotifyFromAnLsbFirstClientIsByteSwappedForAnMsbFirstClient() throws IOException {
        try (RawX11Client lsb = connect(ByteOrder.LITTLE_ENDIAN); RawX11Client msb = connect(ByteOrder.BIG_ENDIAN)) {
            int window = msb.idBase + 1;
            ShapeSelectionTest.createWindow(msb, window);
            ShapeSelectionTest.inputSelected(msb, window);
            sendShapeNotify(lsb, window);
            ShapeSelectionTest.inputSelected(lsb, window);
            assertShapeNotify(msb.read(32), window, "MSB-first receiver");
        }
    }
}
