package org.sumac.x11.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

/** What the X request fuzzer found, each as a plain test: the requests it sent and what Xorg answers to them. */
@Timeout(30)
class XFuzzFindingsTest {
    @TempDir
    Path dir;
    private XServer server;

    @BeforeEach
    void start() throws Exception {
        server = new XServer(new DisplayConfig(2, 256, 192, 24, null, false, false, null, dir, dir));
        server.start();
    }

    @AfterEach
    void stop() { server.close(); }

    /** Sends LSB-first requests (each already framed) after a setup; returns the errors before GetInputFocus's reply. */
    private List<XConnection.ServerError> errorsFor(byte[]... requests) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0).putInt(0).putShort((short) 0);
        for (byte[] r : requests) b.put(r);
        b.put((byte) 43).put((byte) 0).putShort((short) 1);
        List<XConnection.ServerError> errors = new ArrayList<>();
        try (XConnection x = new XConnection(dir.resolve("X2"), 10_000)) {
            x.writeInBackground(java.util.Arrays.copyOf(b.array(), b.position())).join();
            assertEquals(1, x.readSetup());
            assertTrue(x.awaitReply(requests.length + 1, errors::add), "GetInputFocus is answered");
        }
        return errors;
    }

    private static byte[] request(int major, int minor, int... words) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) major).put((byte) minor).putShort((short) (1 + words.length));
        for (int w : words) b.putInt(w);
        return b.array();
    }

    @Test
    void anXkbMinorOpcodeXkbDoesNotDefineIsBadRequest() throws Exception {
        // Found as XKEYBOARD 135.131: answered BadImplementation, which the fuzzer counts as a server failure.
        var errors = errorsFor(request(135, 131, 0, 0, 0), request(135, 2, 0));
        assertEquals(List.of(new XConnection.ServerError(1, 1, 135, 131), new XConnection.ServerError(1, 2, 135, 2)),
            errors);
    }

    @Test
    void sendEventWithTheGenericEventCodeIsBadValue() throws Exception {
        // A sent event is 32 bytes, but a GenericEvent (35) says how many more follow: clients reading it (xcb masks
        // the sent bit) would take the next replies for its tail. Xorg refuses it with BadValue.
        int window = 0x200001;
        byte[] create = request(1, 0, window, XServer.ROOT_WINDOW, 0, 10 | 10 << 16, 1 << 16, 0, 0);
        int[] sendEvent = new int[2 + 8];
        sendEvent[0] = window; // mask 0: to the window's creator, this client
        sendEvent[2] = 35; // code 35
        sendEvent[3] = 1; // its length field: four more bytes
        var errors = errorsFor(create, request(25, 0, sendEvent));
        assertEquals(List.of(new XConnection.ServerError(2, 2, 25, 0)), errors);
    }

    @Test
    void killClientOnAServerOwnedIdIsBadValue() throws Exception {
        // Found with the fuzzer's check that the root and default colormap outlive every input: KillClient(root)
        // freed every id of "client 0", the root included. Xorg finds no client for index 0 and answers BadValue.
        var errors = errorsFor(request(113, 0, XServer.ROOT_WINDOW), request(113, 0, XServer.DEFAULT_COLORMAP));
        assertEquals(List.of(new XConnection.ServerError(2, 1, 113, 0), new XConnection.ServerError(2, 2, 113, 0)), errors);
        assertTrue(server.resourceExists(XServer.ROOT_WINDOW) && server.resourceExists(XServer.DEFAULT_COLORMAP));
    }
}
