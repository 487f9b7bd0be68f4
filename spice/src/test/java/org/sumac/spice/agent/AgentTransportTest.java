package org.sumac.spice.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.Spice;

/** The agent transport over MAIN: tokens, reassembly of records split across AGENT_DATA, and chunked sends. */
@Timeout(30)
class AgentTransportTest {
    record Received(int type, byte[] data) {}

    static byte[] record(int type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(20 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1).putInt(type).putLong(0).putInt(data.length).put(data);
        return b.array();
    }

    @Test
    void recordsTravelBothWaysWithTokens() throws Exception {
        int port = SpiceTestSupport.freePort();
        List<Received> received = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<AgentPort> ports = new LinkedBlockingQueue<>();
        SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .build(), new FramebufferScreen(16, 16));
        server.setAgentHandler(new AgentHandler() {
            @Override public void clientConnected(AgentPort port) { ports.add(port); }
            @Override public void messageReceived(AgentPort port, int type, byte[] data) { received.add(new Received(type, data)); }
        });
        server.start();
        try (server; RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, ""));
            ByteBuffer init = c.readUntil(Spice.MSG_MAIN_INIT).buffer();
            assertEquals(1, init.getInt(16), "agent connected");
            int tokens = init.getInt(20);
            assertTrue(tokens > 0 && tokens <= 0x7FFFFFFF);
            c.sendMessage(Spice.MSGC_MAIN_AGENT_START, new byte[] {-1, -1, -1, -1});

            // Client -> server: a 5000-byte record split over three messages, then two small records in one.
            byte[] big = new byte[5000];
            for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
            byte[] r1 = record(4, big);
            c.sendMessage(Spice.MSGC_MAIN_AGENT_DATA, Arrays.copyOfRange(r1, 0, 7));
            c.sendMessage(Spice.MSGC_MAIN_AGENT_DATA, Arrays.copyOfRange(r1, 7, 2048));
            c.sendMessage(Spice.MSGC_MAIN_AGENT_DATA, Arrays.copyOfRange(r1, 2048, r1.length));
            ByteArrayOutputStream two = new ByteArrayOutputStream();
            two.write(record(6, new byte[] {1, 0, 0, 0, 0x23, 0, 0, 0}));
            two.write(record(5, new byte[8]));
            c.sendMessage(Spice.MSGC_MAIN_AGENT_DATA, two.toByteArray());
            c.sendMessage(Spice.MSGC_MAIN_AGENT_DATA, record(9, new byte[0]));
            // Five messages consumed: the server gives their tokens back.
            assertEquals(5, c.readUntil(Spice.MSG_MAIN_AGENT_TOKEN).buffer().getInt(0));
            assertEquals(4, received.size());
            assertEquals(4, received.get(0).type());
            assertArrayEquals(big, received.get(0).data());
            assertEquals(6, received.get(1).type());
            assertEquals(5, received.get(2).type());
            assertEquals(9, received.get(3).type());

            // Server -> client: a record larger than one AGENT_DATA arrives in 2048-byte chunks.
            AgentPort agent = ports.poll(5, TimeUnit.SECONDS);
            byte[] payload = new byte[4100];
            Arrays.fill(payload, (byte) 7);
            assertTrue(agent.send(4, payload));
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int chunks = 0;
            while (got.size() < 20 + payload.length) {
                byte[] chunk = c.readUntil(Spice.MSG_MAIN_AGENT_DATA).body();
                assertTrue(chunk.length <= 2048);
                got.write(chunk);
                chunks++;
            }
            assertEquals(3, chunks);
            assertArrayEquals(record(4, payload), got.toByteArray());
        }
    }
}
