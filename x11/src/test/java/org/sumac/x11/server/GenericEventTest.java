package org.sumac.x11.server;

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

/**
 * Generic events (XInput 2, Present) are 32 + 4n bytes: code 35, extension opcode, sequence number, length in
 * words past 32, event type, then the extension's fields, all in the receiver's byte order.
 */
@Timeout(60)
class GenericEventTest {
    private static final int EXTENSION = 131, TYPE = 7;
    @TempDir
    Path dir;
    private XServer server;

    @BeforeEach
    void start() throws IOException {
        server = new XServer(DisplayConfig.of(53).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    /** Sends the test's event, with {@code words} words past 32 bytes, to the server side of {@code x}. */
    private void sendGeneric(RawX11Client x, int words) {
        server.lock.lock();
        try {
            Client c = server.client(x.idBase >>> 21);
            server.sendGenericEvent(c, EXTENSION, TYPE, ev -> {
                ev.u16(0x0506).i32(0x0A0B0C0D).zeros(32 - 16);
                for (int i = 0; i < words; i++) ev.i32(0x11223344 + i);
            });
        } finally {
            server.lock.unlock();
        }
    }

    private static void getInputFocus(RawX11Client x) throws IOException {
        x.write(x.buffer(4).put((byte) 43).put((byte) 0).putShort((short) 1));
    }

    @Test
    void aGenericEventOfThirtyTwoPlusFourNBytesReachesAClientOfEachByteOrderIntact() throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            try (RawX11Client x = new RawX11Client(dir.resolve("sockets").resolve("X53"), order)) {
                getInputFocus(x);
                x.reply();
                for (int words : new int[] {3, 0, 1000}) {
                    sendGeneric(x, words);
                    ByteBuffer head = x.read(32);
                    String what = order + ", " + words + " words";
                    assertEquals(35, head.get(0), what + ": GenericEvent");
                    assertEquals(EXTENSION, head.get(1) & 0xff, what + ": extension");
                    assertEquals(1, head.getShort(2), what + ": sequence number of the last request");
                    assertEquals(words, head.getInt(4), what + ": length");
                    assertEquals(TYPE, head.getShort(8), what + ": event type");
                    assertEquals(0x0506, head.getShort(10), what + ": first field");
                    assertEquals(0x0A0B0C0D, head.getInt(12), what + ": second field");
                    ByteBuffer rest = x.read(words * 4);
                    for (int i = 0; i < words; i++) assertEquals(0x11223344 + i, rest.getInt(), what + ": word " + i);
                }
                getInputFocus(x); // what follows is read where it starts
                assertEquals(2, x.reply().getShort(2), "sequence number of the next reply");
            }
        }
    }
}
