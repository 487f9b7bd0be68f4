package org.sumac.desktop.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sumac.desktop.agent.DesktopAgentTest.RecordingPort;
import org.sumac.spice.agent.VdAgent;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.SelectionBridge;
import org.sumac.x11.port.SelectionBridge.Selection;

/** The clipboard feature against a recorded client and a recorded selection bridge (no X server). */
class ClipboardTest {
    /** What the feature asked of the X side. */
    static final class RecordingBridge implements SelectionBridge.Local {
        final List<String> owns = new CopyOnWriteArrayList<>();
        final List<Integer> maxBytes = new CopyOnWriteArrayList<>();
        final List<Consumer<byte[]>> replies = new CopyOnWriteArrayList<>();

        @Override
        public void remoteOwns(Selection selection, List<String> mimeTypes) {
            owns.add(selection + " " + mimeTypes);
        }

        @Override
        public void requestFromX(Selection selection, String mimeType, int max, Consumer<byte[]> reply) {
            maxBytes.add(max);
            replies.add(reply);
        }

        @Override
        public void close() { }
    }

    private final RecordingBridge bridge = new RecordingBridge();
    private final DisplayPort port = (DisplayPort) Proxy.newProxyInstance(DisplayPort.class.getClassLoader(),
        new Class<?>[] {DisplayPort.class}, (proxy, method, args) -> {
            if (method.getName().equals("bridgeSelections")) return bridge;
            throw new UnsupportedOperationException(method.getName());
        });
    private final Clipboard clipboard = new Clipboard(port, ":1");
    private final RecordingPort wire = new RecordingPort();
    private final AgentClient client = new AgentClient(wire);

    private void connect(int... caps) {
        int word = 0;
        for (int c : caps) word |= 1 << c;
        client.announce(ByteBuffer.wrap(le(word)));
        clipboard.clientConnected(client);
        clipboard.capabilitiesAnnounced(client);
    }

    private static byte[] le(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) b.putInt(v);
        return b.array();
    }

    private static byte[] prefixed(int selection, int... values) {
        byte[] rest = le(values);
        byte[] out = new byte[4 + rest.length];
        out[0] = (byte) selection;
        System.arraycopy(rest, 0, out, 4, rest.length);
        return out;
    }

    @Test
    void malformedClipboardMessagesAreRefusedAndTheNextGoodGrabStillWorks() {
        connect(VdAgent.CAP_CLIPBOARD_BY_DEMAND, VdAgent.CAP_CLIPBOARD_SELECTION);
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB,
            new byte[] {0, 0, 0, 0, 1, 0}));
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB,
            prefixed(9, 1)));
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB,
            new byte[2]));
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB,
            prefixed(0, new int[Clipboard.MAX_GRAB_TYPES + 1])));
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.CLIPBOARD_REQUEST,
            prefixed(0)));
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.CLIPBOARD,
            new byte[] {0, 0, 0, 0, 1}));
        assertThrows(MalformedAgentMessage.class, () -> clipboard.messageReceived(client, VdAgent.MAX_CLIPBOARD,
            new byte[2]));
        assertEquals(List.of(), bridge.owns, "no malformed grab reached X");
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB, prefixed(1, 1, 2, 77));
        assertEquals(List.of("PRIMARY [" + SelectionBridge.TEXT + ", image/png]"), bridge.owns);
    }

    @Test
    void aClientWithoutClipboardSelectionGetsNoPrefixAndNoPrimary() {
        connect(VdAgent.CAP_CLIPBOARD_BY_DEMAND);
        clipboard.xOwnerChanged(Selection.PRIMARY, List.of(SelectionBridge.TEXT));
        assertEquals(0, wire.sent.size(), "PRIMARY is not offered to a client that has only one clipboard");
        clipboard.xOwnerChanged(Selection.CLIPBOARD, List.of(SelectionBridge.TEXT, "image/png", "text/x-unknown"));
        assertEquals(VdAgent.CLIPBOARD_GRAB, wire.sent.getLast().type());
        assertArrayEquals(le(1, 2), wire.sent.getLast().data(), "types, no selection prefix");
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB, le(1));
        assertEquals(List.of("CLIPBOARD [" + SelectionBridge.TEXT + "]"), bridge.owns);
    }

    @Test
    void theClientsMaxClipboardBoundsWhatIsReadFromX() {
        connect(VdAgent.CAP_CLIPBOARD_BY_DEMAND, VdAgent.CAP_CLIPBOARD_SELECTION);
        clipboard.xOwnerChanged(Selection.CLIPBOARD, List.of(SelectionBridge.TEXT));
        clipboard.messageReceived(client, VdAgent.MAX_CLIPBOARD, le(1000));
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_REQUEST, prefixed(0, 1));
        assertEquals(List.of(1000), bridge.maxBytes);
        bridge.replies.getFirst().accept("héllo".getBytes(StandardCharsets.UTF_8));
        var sent = wire.sent.getLast();
        assertEquals(VdAgent.CLIPBOARD, sent.type());
        byte[] expected = new byte[8 + 6];
        System.arraycopy(prefixed(0, 1), 0, expected, 0, 8);
        System.arraycopy("héllo".getBytes(StandardCharsets.UTF_8), 0, expected, 8, 6);
        assertArrayEquals(expected, sent.data());
        // and our own limit when the client gave none
        clipboard.messageReceived(client, VdAgent.MAX_CLIPBOARD, le(-1));
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_REQUEST, prefixed(0, 1));
        assertEquals(Clipboard.MAX_BYTES, bridge.maxBytes.getLast());
    }

    @Test
    void aClientsDataOverTheLimitIsRefusedAndNotAskedForAgain() {
        connect(VdAgent.CAP_CLIPBOARD_BY_DEMAND, VdAgent.CAP_CLIPBOARD_SELECTION);
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB, prefixed(0, 1));
        clipboard.messageReceived(client, VdAgent.MAX_CLIPBOARD, le(4));
        byte[][] got = new byte[2][];
        clipboard.xRequests(Selection.CLIPBOARD, SelectionBridge.TEXT, d -> got[0] = d == null ? new byte[0] : d);
        assertEquals(VdAgent.CLIPBOARD_REQUEST, wire.sent.getLast().type());
        int requests = wire.sent.size();
        clipboard.messageReceived(client, VdAgent.CLIPBOARD, prefixed(0, 1, 0x41414141, 0x41));
        assertEquals(0, got[0].length, "refused");
        clipboard.xRequests(Selection.CLIPBOARD, SelectionBridge.TEXT, d -> got[1] = d == null ? new byte[0] : d);
        assertEquals(0, got[1].length, "refused without asking");
        assertEquals(requests, wire.sent.size(), "the client was not asked again");
    }

    @Test
    void aFloodOfGrabsIsMergedAndTheLatestWins() throws InterruptedException {
        connect(VdAgent.CAP_CLIPBOARD_BY_DEMAND, VdAgent.CAP_CLIPBOARD_SELECTION);
        for (int i = 0; i < 1000; i++) {
            clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB, prefixed(0, i % 2 == 0 ? 1 : 2));
        }
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB, prefixed(0, 3));
        Thread.sleep(3 * Clipboard.GRAB_INTERVAL_MS);
        assertTrue(bridge.owns.size() <= 2, "grabs applied: " + bridge.owns.size());
        assertEquals("CLIPBOARD [image/bmp]", bridge.owns.getLast());
    }

    @Test
    void crlfClientsExchangeTextWithLfOnTheXSide() {
        connect(VdAgent.CAP_CLIPBOARD_BY_DEMAND, VdAgent.CAP_CLIPBOARD_SELECTION, VdAgent.CAP_GUEST_LINEEND_CRLF);
        clipboard.messageReceived(client, VdAgent.CLIPBOARD_GRAB, prefixed(0, 1));
        byte[][] got = new byte[1][];
        clipboard.xRequests(Selection.CLIPBOARD, SelectionBridge.TEXT, d -> got[0] = d);
        byte[] text = "a\r\nb\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] msg = new byte[8 + text.length];
        System.arraycopy(prefixed(0, 1), 0, msg, 0, 8);
        System.arraycopy(text, 0, msg, 8, text.length);
        clipboard.messageReceived(client, VdAgent.CLIPBOARD, msg);
        assertEquals("a\nb\n", new String(got[0], StandardCharsets.UTF_8));
    }
}
