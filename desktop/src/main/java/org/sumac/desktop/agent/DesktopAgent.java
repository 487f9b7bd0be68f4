package org.sumac.desktop.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.agent.AgentHandler;
import org.sumac.spice.agent.AgentPort;
import org.sumac.spice.agent.VdAgent;

/**
 * The agent built into a desktop: Sumac is the X server, so it answers the VDAgent protocol itself instead of a guest
 * agent process. It announces the features' capabilities to each client, keeps what the client announced, and hands
 * each message to the feature that answers its type. A malformed or unknown message costs one log line.
 */
public final class DesktopAgent implements AgentHandler {
    private static final Logger log = LoggerFactory.getLogger(DesktopAgent.class);

    private final String label;
    private final List<AgentFeature> features;
    private final Map<AgentPort, AgentClient> clients = new ConcurrentHashMap<>();

    public DesktopAgent(String label, List<AgentFeature> features) {
        this.label = label;
        this.features = List.copyOf(features);
    }

    @Override
    public void clientConnected(AgentPort port) {
        AgentClient client = clients.computeIfAbsent(port, AgentClient::new);
        announce(client, true);
        for (AgentFeature f : features) f.clientConnected(client);
    }

    @Override
    public void messageReceived(AgentPort port, int type, byte[] data) {
        AgentClient client = clients.computeIfAbsent(port, AgentClient::new);
        try {
            if (type == VdAgent.ANNOUNCE_CAPABILITIES) {
                capabilitiesReceived(client, data);
                return;
            }
            for (AgentFeature f : features) {
                if (f.handles(type)) {
                    f.messageReceived(client, type, data);
                    return;
                }
            }
            log.info("agent {}: message type {} ({} bytes) not handled", label, type, data.length);
        } catch (MalformedAgentMessage e) {
            log.warn("agent {}: dropped a malformed message of type {}: {}", label, type, e.getMessage());
        }
    }

    @Override
    public void clientDisconnected(AgentPort port) {
        AgentClient client = clients.remove(port);
        if (client == null) return;
        for (AgentFeature f : features) f.clientDisconnected(client);
    }

    /** Frees what the features hold; called when the desktop closes. */
    public void close() {
        for (AgentFeature f : features) f.close();
    }

    private void capabilitiesReceived(AgentClient client, byte[] data) {
        if (data.length < 4) throw new MalformedAgentMessage("ANNOUNCE_CAPABILITIES of " + data.length + " bytes");
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        boolean request = in.getInt() != 0;
        client.announce(in.slice());
        if (request) announce(client, false);
        for (AgentFeature f : features) f.capabilitiesAnnounced(client);
    }

    /** VDAgentAnnounceCapabilities: a request flag, then the capability bits of every feature. */
    private void announce(AgentClient client, boolean request) {
        int[] words = new int[1];
        for (AgentFeature f : features) {
            for (int cap : f.capabilities()) {
                if (cap >>> 5 >= words.length) words = java.util.Arrays.copyOf(words, (cap >>> 5) + 1);
                words[cap >>> 5] |= 1 << (cap & 31);
            }
        }
        ByteBuffer out = ByteBuffer.allocate(4 + 4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(request ? 1 : 0);
        for (int w : words) out.putInt(w);
        client.send(VdAgent.ANNOUNCE_CAPABILITIES, out.array());
    }
}
