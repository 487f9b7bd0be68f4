package org.sumac.desktop.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.sumac.spice.agent.AgentPort;

/** One SPICE client's agent connection as the features see it: where to send, and what the client announced. */
public final class AgentClient {
    private final AgentPort port;
    private volatile long[] capabilities = new long[0];

    AgentClient(AgentPort port) {
        this.port = port;
    }

    /** Sends one VDAgent message; false if the client is gone or its queue is full. */
    public boolean send(int type, byte[] data) {
        return port.send(type, data);
    }

    public boolean isOpen() {
        return port.isOpen();
    }

    /** Whether the client announced agent capability {@code cap} (VdAgent.CAP_*). */
    public boolean has(int cap) {
        long[] caps = capabilities;
        int word = cap >>> 6;
        return cap >= 0 && word < caps.length && (caps[word] & (1L << (cap & 63))) != 0;
    }

    void announce(ByteBuffer capabilityWords) {
        int n = capabilityWords.remaining() / 4;
        long[] caps = new long[(n + 1) / 2];
        ByteBuffer le = capabilityWords.order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            long word = Integer.toUnsignedLong(le.getInt());
            caps[i / 2] |= word << (32 * (i % 2));
        }
        capabilities = caps;
    }
}
