package org.sumac.spice.agent;

/**
 * A built-in agent: receives the VDAgent messages a client sends over the MAIN channel (monitor configs,
 * clipboard, capabilities...) and can send its own. Methods are called on the library's threads, one client
 * connection at a time in order.
 */
public interface AgentHandler {
    /** A client connected; {@code port} can send to it until {@link #clientDisconnected}. */
    default void clientConnected(AgentPort port) {}

    /** One complete VDAgentMessage (reassembled from AGENT_DATA messages): its type and data. */
    void messageReceived(AgentPort port, int type, byte[] data);

    default void clientDisconnected(AgentPort port) {}
}
