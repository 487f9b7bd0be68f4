package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/**
 * Hostile and broken peers: each gets the right link error or is closed, and the server keeps serving (every
 * test ends by linking a well-behaved client).
 */
@Timeout(60)
class BadInputTest {
    private SpiceServer server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = SpiceTestSupport.freePort();
        server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port).password("pw")
                .linkTimeout(Duration.ofMillis(700)).build(), new FramebufferScreen(32, 32));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            assertServerStillServes();
        } finally {
            server.close();
        }
    }

    private void assertServerStillServes() throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, "pw"));
            RawSpiceClient.Message init = c.readUntil(Spice.MSG_MAIN_INIT);
            assertEquals(32, init.body().length);
        }
    }

    private static byte[] header(String magic, int major, int size) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(magic.getBytes()).putInt(major).putInt(2).putInt(size);
        return b.array();
    }

    private int linkError(byte[] bytes) throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            c.send(bytes);
            int error = c.readLinkReply();
            assertTrue(c.closedByServer(), "connection should be closed after a link error");
            return error;
        }
    }

    @Test
    void wrongMagic() throws Exception {
        assertEquals(Spice.LINK_INVALID_MAGIC, linkError(header("HTTP", 2, 18)));
    }

    @Test
    void unknownMajorVersion() throws Exception {
        assertEquals(Spice.LINK_VERSION_MISMATCH, linkError(header("REDQ", 3, 18)));
    }

    @Test
    void oversizedAndUndersizedLinkMessage() throws Exception {
        assertEquals(Spice.LINK_INVALID_DATA, linkError(header("REDQ", 2, 5000)));
        assertEquals(Spice.LINK_INVALID_DATA, linkError(header("REDQ", 2, 10)));
    }

    @Test
    void capabilitiesOutsideTheLinkMessage() throws Exception {
        byte[] link = RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0);
        ByteBuffer.wrap(link).order(ByteOrder.LITTLE_ENDIAN).putInt(16 + 6, 1000); // 1000 common cap words
        assertEquals(Spice.LINK_INVALID_DATA, linkError(link));
    }

    @Test
    void truncatedLinkMessageIsClosedOrTimesOut() throws Exception {
        byte[] link = RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0);
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            c.send(Arrays.copyOf(link, 20)); // peer goes away mid-message
        }
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            c.send(Arrays.copyOf(link, 20)); // peer stalls mid-message: the link timeout closes it
            long start = System.nanoTime();
            assertTrue(c.closedByServer());
            assertTrue(System.nanoTime() - start < 4_000_000_000L);
        }
    }

    @Test
    void wrongOrMissingTicketIsPermissionDenied() throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(Spice.LINK_PERMISSION_DENIED, c.link(0, Spice.CHANNEL_MAIN, "not-pw"));
            assertTrue(c.closedByServer());
        }
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            c.send(RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0));
            assertEquals(0, c.readLinkReply());
            byte[] garbage = new byte[4 + 128];
            garbage[0] = 1; // AUTH_SPICE, then 128 bytes that are no RSA ciphertext
            Arrays.fill(garbage, 4, garbage.length, (byte) 0x5A);
            c.send(garbage);
            assertEquals(Spice.LINK_PERMISSION_DENIED, c.readU32());
        }
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            c.send(RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0));
            assertEquals(0, c.readLinkReply());
            c.send(new byte[] {2, 0, 0, 0}); // SASL, which this server does not offer
            assertEquals(Spice.LINK_PERMISSION_DENIED, c.readU32());
        }
    }

    @Test
    void channelsOutsideASessionOrNotOffered() throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(Spice.LINK_BAD_CONNECTION_ID, c.link(12345, Spice.CHANNEL_DISPLAY, "pw"));
        }
        try (RawSpiceClient main = new RawSpiceClient(port)) {
            assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, "pw"));
            int session = main.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
            try (RawSpiceClient c = new RawSpiceClient(port)) {
                assertEquals(Spice.LINK_CHANNEL_NOT_AVAILABLE, c.link(session, 5 /* playback */, "pw"));
            }
            try (RawSpiceClient c = new RawSpiceClient(port)) {
                assertEquals(0, c.link(session, Spice.CHANNEL_INPUTS, "pw"));
            }
        }
    }

    @Test
    void garbageAfterTheLinkClosesOnlyThatConnection() throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, "pw"));
            c.readUntil(Spice.MSG_MAIN_INIT);
            byte[] junk = new byte[64];
            Arrays.fill(junk, (byte) 0xEE); // a header announcing a ~4 GB body
            c.send(junk);
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void unknownTypesAndMessagesOnTheWrongChannelAreIgnored() throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, "pw"));
            int session = c.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
            c.sendMessage(999, new byte[7]);
            c.sendMessage(Spice.MSGC_INPUTS_MOUSE_PRESS, new byte[3]); // an inputs message on main
            c.sendMessage(Spice.MSGC_MAIN_ATTACH_CHANNELS, new byte[0]);
            RawSpiceClient.Message list = c.readUntil(Spice.MSG_MAIN_CHANNELS_LIST);
            assertEquals(3, list.buffer().getInt(0));
            try (RawSpiceClient cursor = new RawSpiceClient(port)) {
                assertEquals(0, cursor.link(session, Spice.CHANNEL_CURSOR, "pw"));
                cursor.readUntil(Spice.MSG_CURSOR_INIT);
                cursor.sendMessage(Spice.MSGC_INPUTS_KEY_DOWN, new byte[4]); // keys belong to INPUTS
                cursor.sendMessage(Spice.MSGC_PONG, new byte[12]);
                server.cursor().move(3, 4);
                server.cursor().setShape(org.sumac.spice.demo.SpiceDemo.arrowCursor());
                assertEquals(Spice.MSG_CURSOR_SET, cursor.readUntil(Spice.MSG_CURSOR_SET).type());
            }
        }
    }

    @Test
    void messagesShorterThanTheirTypeOrLongerThanTheLimitClose() throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, "pw"));
            c.readUntil(Spice.MSG_MAIN_INIT);
            c.sendMessage(Spice.MSGC_MAIN_MOUSE_MODE_REQUEST, new byte[1]); // needs 2 bytes
            assertTrue(c.closedByServer());
        }
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, "pw"));
            c.readUntil(Spice.MSG_MAIN_INIT);
            ByteBuffer h = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
            h.putShort((short) Spice.MSGC_MAIN_AGENT_DATA).putInt(64 << 20); // 64 MiB announced
            c.send(h.array());
            assertTrue(c.closedByServer());
        }
    }
}
