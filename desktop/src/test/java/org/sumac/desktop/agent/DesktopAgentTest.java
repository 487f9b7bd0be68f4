package org.sumac.desktop.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.spice.agent.AgentPort;
import org.sumac.spice.agent.VdAgent;

class DesktopAgentTest {
    record Sent(int type, byte[] data) { }

    static final class RecordingPort implements AgentPort {
        final List<Sent> sent = new ArrayList<>();

        @Override
        public boolean send(int type, byte[] data) {
            sent.add(new Sent(type, data));
            return true;
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }

    static final class Feature implements AgentFeature {
        final List<String> seen = new ArrayList<>();

        @Override
        public int[] capabilities() {
            return new int[] {VdAgent.CAP_CLIPBOARD_BY_DEMAND, 40};
        }

        @Override
        public boolean handles(int type) {
            return type == VdAgent.CLIPBOARD_GRAB;
        }

        @Override
        public void messageReceived(AgentClient client, int type, byte[] data) {
            if (data.length == 0) throw new MalformedAgentMessage("empty grab");
            seen.add(type + ":" + data.length + ":" + client.has(VdAgent.CAP_CLIPBOARD_SELECTION));
        }
    }

    static byte[] announcement(boolean request, int... words) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(request ? 1 : 0);
        for (int w : words) b.putInt(w);
        return b.array();
    }

    @Test
    void aConnectingClientIsAskedForItsCapabilitiesWithEveryFeaturesBits() {
        var port = new RecordingPort();
        new DesktopAgent(":1", List.of(new Feature())).clientConnected(port);
        assertEquals(1, port.sent.size());
        assertEquals(VdAgent.ANNOUNCE_CAPABILITIES, port.sent.getFirst().type());
        assertArrayEquals(announcement(true, 1 << VdAgent.CAP_CLIPBOARD_BY_DEMAND, 1 << (40 - 32)),
            port.sent.getFirst().data());
    }

    @Test
    void aClientsRequestForCapabilitiesIsAnsweredAndItsOwnAreKept() {
        var port = new RecordingPort();
        var feature = new Feature();
        var agent = new DesktopAgent(":1", List.of(feature));
        agent.messageReceived(port, VdAgent.ANNOUNCE_CAPABILITIES,
            announcement(true, 1 << VdAgent.CAP_CLIPBOARD_SELECTION));
        assertEquals(1, port.sent.size());
        assertArrayEquals(announcement(false, 1 << VdAgent.CAP_CLIPBOARD_BY_DEMAND, 1 << (40 - 32)),
            port.sent.getFirst().data());
        agent.messageReceived(port, VdAgent.CLIPBOARD_GRAB, new byte[8]);
        assertEquals(List.of(VdAgent.CLIPBOARD_GRAB + ":8:true"), feature.seen);
    }

    @Test
    void malformedUnknownAndTruncatedMessagesAreDroppedAndTheAgentGoesOn() {
        var port = new RecordingPort();
        var feature = new Feature();
        var agent = new DesktopAgent(":1", List.of(feature));
        agent.messageReceived(port, VdAgent.ANNOUNCE_CAPABILITIES, new byte[2]);
        agent.messageReceived(port, VdAgent.CLIPBOARD_GRAB, new byte[0]);
        agent.messageReceived(port, 9999, new byte[100]);
        agent.messageReceived(port, VdAgent.CLIPBOARD_GRAB, new byte[4]);
        assertEquals(List.of(VdAgent.CLIPBOARD_GRAB + ":4:false"), feature.seen);
        assertTrue(port.sent.isEmpty());
        assertFalse(new AgentClient(port).has(-1));
    }
}
